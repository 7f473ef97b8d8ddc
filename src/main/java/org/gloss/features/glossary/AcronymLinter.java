package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gloss.analyze.AnchoredSearch;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;

/**
 * Lists the capitalised acronyms (2–6 capitals, optionally a plural {@code s}: {@code WSJ},
 * {@code PMCs}) the articles use that no glossary entry covers, as warnings naming the article's
 * source and the paragraphs. Not reported: Roman numerals, a handful of abbreviations every reader
 * knows ({@code US}, {@code UK}, {@code EU}, {@code TV}), datelines ({@code ANKARA -}), text set
 * in capitals, and anything inside an address.
 */
final class AcronymLinter {

    static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}_.])(\\p{Lu}{2,6})(s?)(?![\\p{L}\\p{N}_]|\\.\\p{L})");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    private static final Pattern DATELINE_END = Pattern.compile("\\s*[-–—(,:]");
    private static final Set<String> WELL_KNOWN = Set.of("US", "USA", "UK", "EU", "TV", "OK");

    private final CodeText codeText = new CodeText();

    /** One warning per article and acronym, in article order then order of first use. */
    List<Problem> lint(List<Article> articles, List<ArticleText> texts, Glossary glossary) {
        Set<String> known = knownForms(glossary);
        Map<String, Article> byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        // Articles are linted independently, on every core; the warnings keep article order.
        return texts.parallelStream().map(text -> {
            Article article = byId.get(text.articleId());
            String file = article == null ? text.articleId() : article.source();
            Map<Integer, BitSet> code = article == null ? Map.of() : codeText.in(article.body());
            List<Problem> problems = new ArrayList<>();
            unknownAcronyms(text, known, code).forEach((acronym, blocks) -> problems.add(Problem.warning(file,
                    "acronym '" + acronym + "' has no glossary entry (" + where(text, blocks) + ")")));
            return problems;
        }).toList().stream().flatMap(List::stream).toList();
    }

    /** Unknown acronyms of one article, each with the numbers of the blocks it appears in. */
    Map<String, Set<Integer>> unknownAcronyms(ArticleText text, Set<String> known, Map<Integer, BitSet> code) {
        Map<String, Set<Integer>> found = new LinkedHashMap<>();
        for (Block b : text.blocks()) {
            String s = b.text();
            // Two tests that each skip the block, the cheaper first: most blocks hold no two
            // capitals in a row, and then whether they are set in capitals does not matter.
            int[] starts = capitalPairs(s);
            if (starts.length == 0 || CapitalLetters.setInCapitals(s)) {
                continue; // no acronym can start here, so no need to find the block's addresses
            }
            BitSet addresses = UrlLikeText.in(s);
            addresses.or(code.getOrDefault(b.index(), new BitSet()));
            AnchoredSearch.find(ACRONYM, s, starts, m -> {
                String singular = m.group(1);
                String printed = m.group();
                if (!(addresses.get(m.start()) || ROMAN.matcher(singular).matches()
                        || WELL_KNOWN.contains(singular) || known.contains(singular) || known.contains(printed)
                        || isDateline(s, m))) {
                    found.computeIfAbsent(printed, k -> new TreeSet<>()).add(b.index());
                }
            });
        }
        return found;
    }

    /**
     * Where an acronym can begin: an upper-case letter followed by another, as the pattern's
     * {@code \p{Lu}{2,6}} needs. Trying the pattern only there gives the matches of a full
     * search ({@link AnchoredSearch}) without trying its look-behind at every character.
     */
    static int[] capitalPairs(String s) {
        // On a char array, ASCII without code points: String.charAt and codePointAt check their
        // index and coder on every call, which C1 keeps, and this reads every character of the corpus.
        char[] c = s.toCharArray();
        int[] out = new int[8];
        int n = 0;
        boolean capital = false; // whether the code point before i is a capital
        int before = -1; // where it starts
        for (int i = 0; i < c.length; ) {
            char ch = c[i];
            int cp;
            int next;
            if (ch < 128) {
                cp = ch;
                next = i + 1;
            } else {
                cp = Character.codePointAt(c, i);
                next = i + Character.charCount(cp);
            }
            boolean isCapital = cp < 128 ? cp >= 'A' && cp <= 'Z' : CapitalLetters.isCapital(cp);
            if (capital && isCapital) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = before;
            }
            capital = isCapital;
            before = i;
            i = next;
        }
        return Arrays.copyOf(out, n);
    }

    private static Set<String> knownForms(Glossary glossary) {
        Set<String> known = new HashSet<>();
        for (GlossaryEntry e : glossary.entries()) {
            e.forms().forEach(a -> known.add(a.text().strip()));
        }
        return known;
    }

    /** {@code ANKARA - ...} or {@code BEIRUT (Reuters) ...} opening a paragraph names a place. */
    private static boolean isDateline(String text, Matcher m) {
        return m.start() == 0 && m.group(2).isEmpty()
                && DATELINE_END.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** Where in the article: the paragraphs by the numbers the site cites (¶ N), then any headings. */
    private static String where(ArticleText text, Set<Integer> blocks) {
        List<String> paragraphs = blocks.stream().filter(b -> text.paragraph(b) > 0)
                .map(b -> String.valueOf(text.paragraph(b))).toList();
        long headings = blocks.size() - paragraphs.size();
        List<String> parts = new ArrayList<>();
        if (!paragraphs.isEmpty()) {
            parts.add((paragraphs.size() == 1 ? "paragraph " : "paragraphs ") + String.join(", ", paragraphs));
        }
        if (headings > 0) {
            parts.add(headings == 1 ? "a heading" : headings + " headings");
        }
        return String.join("; ", parts);
    }
}
