package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.analyze.Span;
import org.gloss.core.Cancellation;

/**
 * Finds mentions of glossary terms in an article's text. The rules: whole words only; all-capital
 * forms match only with their capitals ({@code IS} never matches {@code is}); a plural ending may
 * follow acronyms and common nouns ({@code PMCs}); nothing inside addresses, nor inside a hyphenated
 * compound the form is not written as ({@code Ross-on-Wye} is no mention of {@code Wye}); a form with context
 * words counts only when one occurs within a few words; none counts inside one of its {@code not}
 * phrases ({@code Wye Valley Brewery}); where forms overlap the leftmost, then
 * longest, wins; and {@code Syrian Democratic Forces (SDF)} is one mention, not two.
 */
final class GlossaryMatcher {

    private final TermTrie trie;
    /** Every {@code not} phrase of every form, found in the same scan as the forms. */
    private final TermTrie phrases;

    /** Compiles every form of every entry once; reuse the matcher for every article. */
    GlossaryMatcher(Glossary glossary) {
        List<TermForm> forms = new ArrayList<>();
        Set<String> notPhrases = new LinkedHashSet<>();
        for (GlossaryEntry e : glossary.entries()) {
            for (GlossaryEntry.Alias a : e.forms()) {
                if (!a.text().isBlank()) {
                    TermForm f = TermForm.of(e, a);
                    forms.add(f);
                    notPhrases.addAll(f.not());
                }
            }
        }
        trie = new TermTrie(forms);
        phrases = new TermTrie(notPhrases.stream().map(TermForm::phrase).toList());
    }

    /** The article's mentions in reading order; the first of each term is flagged {@code first}. */
    List<GlossaryMention> find(ArticleText text) {
        return find(text, Map.of());
    }

    /**
     * As {@link #find(ArticleText)}, never marking the offsets in {@code unmarkable} (block number →
     * offsets, e.g. inline code).
     */
    List<GlossaryMention> find(ArticleText text, Map<Integer, BitSet> unmarkable) {
        List<GlossaryMention> found = new ArrayList<>();
        for (Block b : text.blocks()) {
            Cancellation.check();
            BitSet excluded = unmarkable.getOrDefault(b.index(), new BitSet());
            for (TermTrie.Hit h : find(b.text(), excluded)) {
                Span s = new Span(b.index(), h.start(), h.end());
                // Cut from the block in hand: the article's text would make its body a string again
                String printed = b.text().substring(h.start(), h.end());
                found.add(new GlossaryMention(h.form().term(), text.articleId(), s, printed, false));
            }
        }
        found.sort(Comparator.comparing(GlossaryMention::span));
        Set<String> seen = new HashSet<>();
        List<GlossaryMention> out = new ArrayList<>();
        for (GlossaryMention m : found) {
            out.add(new GlossaryMention(m.term(), m.articleId(), m.span(), m.text(), seen.add(m.term())));
        }
        return out;
    }

    /** The mentions in one block of plain text, as non-overlapping ranges in text order. */
    List<TermTrie.Hit> find(String text, BitSet unmarkable) {
        // The addresses are worked out only once a form is found, as most blocks hold none, and
        // whether the block is set in capitals only once a form that asks is found (each is a scan
        // of the whole block).
        BitSet addresses = null;
        int capitals = -1;
        List<TermTrie.Hit> candidates = new ArrayList<>();
        Map<String, Integer> phraseEnds = new HashMap<>();
        // On a char array: String.charAt checks its index and coder on every call, which C1 keeps.
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (isWordStart(c, i)) {
                for (TermTrie.Hit p : phrases.hitsAt(text, i)) {
                    if (isWordEnd(text, p.end())) {
                        phraseEnds.merge(p.form().text(), p.end(), Math::max);
                    }
                }
                List<TermTrie.Hit> hits = trie.hitsAt(text, i);
                if (hits.isEmpty()) {
                    continue;
                }
                if (addresses == null) {
                    addresses = UrlLikeText.in(text);
                    addresses.or(unmarkable);
                }
                if (!addresses.get(i)) {
                    for (TermTrie.Hit h : hits) {
                        if (capitals < 0 && shortCaseSensitive(h.form())) {
                            capitals = CapitalLetters.setInCapitals(text) ? 1 : 0; // only such forms ask
                        }
                        accept(text, h, addresses, capitals == 1)
                                .filter(a -> !inNotPhrase(a, phraseEnds))
                                .ifPresent(candidates::add);
                    }
                }
            }
        }
        return mergeAbbreviations(text, leftmostLongest(candidates));
    }

    /** The hit extended by a plural ending, if it is a whole word, in context and not an address. */
    private static Optional<TermTrie.Hit> accept(String text, TermTrie.Hit h, BitSet addresses,
                                                           boolean capitals) {
        TermForm f = h.form();
        int end = pluralEnd(text, h.end(), f);
        if (!isWordEnd(text, end) || addresses.get(h.start(), end).cardinality() > 0
                || inHyphenatedCompound(text, h.start(), end)) {
            return Optional.empty();
        }
        if (capitals && shortCaseSensitive(f)) {
            return Optional.empty();
        }
        if (f.context() != null && !inContext(text, h.start(), end, f)) {
            return Optional.empty();
        }
        return Optional.of(new TermTrie.Hit(f, h.start(), end));
    }

    /** A form of one or two capitals ({@code IS}), which text set in capitals does not mention. */
    private static boolean shortCaseSensitive(TermForm f) {
        return f.caseSensitive() && f.letters() <= 2;
    }

    /**
     * Whether the hit lies inside one of its form's {@code not} phrases: {@code phraseEnds} holds,
     * for each phrase, the furthest end of its whole-word occurrences that start at or before the
     * hit, so the test costs one lookup per phrase however long the text is.
     */
    private static boolean inNotPhrase(TermTrie.Hit h, Map<String, Integer> phraseEnds) {
        for (String phrase : h.form().not()) {
            if (phraseEnds.getOrDefault(phrase, -1) >= h.end()) {
                return true;
            }
        }
        return false;
    }

    private static int pluralEnd(String text, int end, TermForm f) {
        if (!f.pluralizable() || isWordEnd(text, end)) {
            return end;
        }
        char next = text.charAt(end);
        boolean s = next == 's' || (!f.caseSensitive() && next == 'S');
        if (s && isWordEnd(text, end + 1)) {
            return end + 1;
        }
        if (!f.caseSensitive() && text.regionMatches(true, end, "es", 0, 2) && isWordEnd(text, end + 2)) {
            return end + 2;
        }
        return end;
    }

    /** A context word within {@link TermForm#CONTEXT_WORDS} words before or after the mention. */
    private static boolean inContext(String text, int start, int end, TermForm f) {
        int from = start;
        for (int words = 0; from > 0 && words <= TermForm.CONTEXT_WORDS; from--) {
            if (text.charAt(from - 1) == ' ') {
                words++;
            }
        }
        int to = end;
        for (int words = 0; to < text.length() && words <= TermForm.CONTEXT_WORDS; to++) {
            if (text.charAt(to) == ' ') {
                words++;
            }
        }
        Matcher m = f.context().matcher(text).useTransparentBounds(true);
        return m.region(from, start).find() || m.region(end, to).find();
    }

    /** Leftmost first; at the same start the longest; anything overlapping an accepted one is dropped. */
    private static List<TermTrie.Hit> leftmostLongest(List<TermTrie.Hit> hits) {
        hits.sort(Comparator.comparingInt(TermTrie.Hit::start).thenComparing(h -> -h.end()));
        List<TermTrie.Hit> out = new ArrayList<>();
        int taken = 0;
        for (TermTrie.Hit h : hits) {
            if (h.start() >= taken) {
                out.add(h);
                taken = h.end();
            }
        }
        return out;
    }

    /** {@code Long Name (ABBR)} or {@code ABBR (Long Name)} of one term becomes one mention. */
    private static List<TermTrie.Hit> mergeAbbreviations(String text, List<TermTrie.Hit> hits) {
        List<TermTrie.Hit> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            TermTrie.Hit h = hits.get(i);
            if (i + 1 < hits.size()) {
                TermTrie.Hit next = hits.get(i + 1);
                String between = text.substring(h.end(), next.start());
                if (next.form().term().equals(h.form().term()) && between.matches("\\s?\\(")
                        && next.end() < text.length() && text.charAt(next.end()) == ')') {
                    out.add(new TermTrie.Hit(h.form(), h.start(), next.end() + 1));
                    i++;
                    continue;
                }
            }
            out.add(h);
        }
        return out;
    }

    /**
     * Whether {@code [start, end)} is only part of a hyphenated compound: a hyphen joins it to a
     * letter or digit before it ({@code Ross-on-Wye}) or after it ({@code Wye-based}), or follows it
     * suspended ({@code Wye- and Severn-based}), so the compound, not the form, is the word. A form
     * that holds the hyphens itself ({@code al-Qaeda}, {@code M4-M5}) matches when the compound is
     * exactly it. En and em dashes are punctuation, spaced or not ({@code Aleppo–Damascus},
     * {@code SDF—and}), as is a hyphen with a space on both sides: none of them makes a compound.
     */
    static boolean inHyphenatedCompound(String text, int start, int end) {
        if (start >= 2 && isHyphen(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start - 2))) {
            return true;
        }
        if (end >= text.length() || !isHyphen(text.charAt(end))) {
            return false;
        }
        char after = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        return Character.isLetterOrDigit(after) || Character.isWhitespace(after);
    }

    /** The hyphen-minus, the Unicode hyphen and the non-breaking hyphen; not the dashes. */
    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isWordStart(char[] text, int i) {
        return isLetterOrDigit(text[i]) && (i == 0 || !isLetterOrDigit(text[i - 1]) && text[i - 1] != '_');
    }

    /** {@link Character#isLetterOrDigit(char)}, answered for ASCII without Character's tables. */
    static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    private static boolean isWordEnd(String text, int end) {
        return end >= text.length() || !isWordChar(text.charAt(end));
    }

    /** Letters, digits and the underscore of {@code snake_case} names all continue a word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
