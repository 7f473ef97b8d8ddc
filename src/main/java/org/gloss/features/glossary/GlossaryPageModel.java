package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gloss.analyze.ArticleText;
import org.gloss.core.SiteLayout;
import org.gloss.render.ParagraphNumbers;
import org.gloss.render.SiteView;

/**
 * The template data of {@code glossary.html}: entries grouped by category, each with its
 * definition (Markdown rendered and sanitised), links, see-also, and backlinks to every article
 * and paragraph that mentions it, with counts; and an A–Z index.
 */
final class GlossaryPageModel {

    /**
     * Articles listed under an entry, newest first: at 10,000 articles listing every one made the
     * page 21 MB; the rest are counted, and search finds them.
     */
    static final int MAX_BACKLINKS = 25;

    private GlossaryPageModel() {
    }

    static Map<String, Object> build(SiteView view, String root) {
        DefinitionRenderer definitions = new DefinitionRenderer();
        GlossaryFindings found = view.annotations().get(GlossaryFeature.LINKED);
        Map<String, List<GlossaryMention>> byTerm = new HashMap<>();
        for (GlossaryMention m : found.mentions()) {
            byTerm.computeIfAbsent(m.term(), k -> new ArrayList<>()).add(m);
        }
        List<GlossaryEntry> sorted = found.glossary().entries().stream()
                .sorted(Comparator.comparing(GlossaryPageModel::sortKey)).toList();
        // The glossary's categories in its order, then Other terms: entries with none, or one it does not list.
        Glossary glossary = found.glossary();
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        glossary.categories().forEach(c -> groups.put(c.id(), new ArrayList<>()));
        List<Map<String, Object>> other = new ArrayList<>();
        for (GlossaryEntry e : sorted) {
            Map<String, Object> entry = entry(e, byTerm.getOrDefault(e.term(), List.of()), glossary, view, root, definitions);
            glossary.category(e.category()).map(c -> groups.get(c.id())).orElse(other).add(entry);
        }
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Glossary.Category c : glossary.categories()) {
            if (!groups.get(c.id()).isEmpty()) {
                categories.add(Map.of("id", anchor(c.id()), "title", title(c, glossary, view), "entries", groups.get(c.id())));
            }
        }
        if (!other.isEmpty()) {
            // Its anchor stays the English one, so links to it survive a change of language.
            categories.add(Map.of("id", anchor(Glossary.OTHER), "title", view.messages().text("glossary.category.other"),
                    "entries", other));
        }
        return Map.of("categories", categories, "letters", letters(sorted), "entry_count", sorted.size());
    }

    /** A category's heading: the title the glossary gives it, or for the default categories the language's. */
    private static String title(Glossary.Category c, Glossary glossary, SiteView view) {
        boolean defaults = glossary.categories().equals(Glossary.DEFAULT_CATEGORIES);
        return defaults ? view.messages().text("glossary.category." + c.id()) : c.title();
    }

    private static Map<String, Object> entry(GlossaryEntry e, List<GlossaryMention> mentions, Glossary glossary, SiteView view,
                                             String root, DefinitionRenderer definitions) {
        Map<String, Object> m = new HashMap<>();
        m.put("term", e.term());
        m.put("anchor", TermAnchors.entryId(e.term()));
        m.put("expansion", e.expansion() == null || e.expansion().equals(e.term()) ? null : e.expansion());
        m.put("definition_html", definitions.html(e.definition()));
        m.put("aliases", e.aliasTexts());
        m.put("links", e.links().stream().map(l -> Map.of("title", l.title(), "url", l.url())).toList());
        m.put("see_also", e.seeAlso().stream()
                .map(t -> glossary.entry(t).map(GlossaryEntry::term).orElse(null))
                .filter(t -> t != null)
                .map(t -> Map.of("term", t, "href", "#" + TermAnchors.entryId(t))).toList());
        List<Map<String, Object>> backlinks = new ArrayList<>();
        int articles = backlinks(e.term(), mentions, view, root, backlinks);
        m.put("backlinks", backlinks);
        m.put("more_backlinks", articles - backlinks.size());
        m.put("mention_count", mentions.size());
        m.put("article_count", articles);
        return m;
    }

    /**
     * One backlink per article, in site order (newest first), each listing the paragraphs (and
     * their mentions), into {@code out}: the first {@link #MAX_BACKLINKS} only, as a term
     * mentioned in 100,000 articles would otherwise make a page of megabytes (and as many maps).
     * Returns how many articles mention the term.
     */
    private static int backlinks(String term, List<GlossaryMention> mentions, SiteView view, String root,
                                 List<Map<String, Object>> out) {
        Map<String, Map<Integer, Integer>> blocksByArticle = new LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> firstOrdinal = new HashMap<>();
        Map<String, Integer> ordinal = new HashMap<>();
        for (GlossaryMention m : mentions) {
            int n = ordinal.merge(m.articleId(), 1, Integer::sum);
            blocksByArticle.computeIfAbsent(m.articleId(), k -> new TreeMap<>()).merge(m.span().block(), 1, Integer::sum);
            firstOrdinal.computeIfAbsent(m.articleId(), k -> new HashMap<>()).putIfAbsent(m.span().block(), n);
        }
        int articles = 0;
        for (var article : view.sortedArticles()) {
            Map<Integer, Integer> blocks = blocksByArticle.get(article.id());
            if (blocks == null) {
                continue;
            }
            if (++articles > MAX_BACKLINKS) {
                continue;
            }
            Map<String, Object> b = new HashMap<>(view.summary(article, root));
            String page = root + SiteLayout.articlePage(article.id()) + "#";
            List<Map<String, Object>> places = new ArrayList<>();
            ArticleText text = view.textOf(article.id());
            // Cited by the paragraph's number (headings have none), linking to the mention itself.
            blocks.forEach((block, count) -> places.add(Map.of("label", text.paragraph(block) > 0
                            ? view.messages().text("glossary.place", Map.of("n", text.paragraph(block)))
                            : view.messages().text("glossary.place.heading"), "count", count,
                    "href", page + TermAnchors.mentionId(term, firstOrdinal.get(article.id()).get(block)))));
            b.put("count", blocks.values().stream().mapToInt(Integer::intValue).sum());
            b.put("places", places);
            out.add(b);
        }
        return articles;
    }

    /** A–Z: every letter, with the entries whose term starts with it (none: shown unlinked). */
    private static List<Map<String, Object>> letters(List<GlossaryEntry> sorted) {
        Map<Character, List<Map<String, Object>>> byLetter = new TreeMap<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            byLetter.put(c, new ArrayList<>());
        }
        for (GlossaryEntry e : sorted) {
            char c = sortKey(e).isEmpty() ? '#' : Character.toUpperCase(sortKey(e).charAt(0));
            byLetter.computeIfAbsent(c, k -> new ArrayList<>())
                    .add(Map.of("term", e.term(), "href", "#" + TermAnchors.entryId(e.term())));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byLetter.forEach((c, entries) -> out.add(Map.of("letter", String.valueOf(c), "id", Character.isLetter(c) ? "az-" + c : "az-other",
                "entries", entries)));
        return out;
    }

    /** Sorts ignoring case, accents and an Arabic article: {@code al-Qaeda} files under Q. */
    private static String sortKey(GlossaryEntry e) {
        String s = java.text.Normalizer.normalize(e.term(), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceFirst("^(al|el)-", "");
        return s.replaceAll("[^a-z0-9 ]", "");
    }

    /** The section's id: {@code category-} and the category's id in lower-case letters, digits and hyphens. */
    private static String anchor(String category) {
        return "category-" + category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
