package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gloss.analyze.ArticleText;
import org.gloss.core.SiteLayout;
import org.gloss.render.ParagraphNumbers;
import org.gloss.render.PartCache;

/**
 * The template data of the quotations pages ({@code quotes.html} and the pages after it, see
 * {@link QuotesPages}): quotations printed in more than one place (or reworded elsewhere), most
 * widely travelled first, each with a collation of every printing against the fullest one.
 */
final class QuotesPageModel {

    private QuotesPageModel() {
    }

    /**
     * Page {@code n} (from 1) of the quotations pages: its clusters, and its {@code pager}. Links
     * are relative to the page, whose way back to the root is {@code root}.
     */
    static Map<String, Object> build(QuotationsView view, int n, PartCache parts) {
        QuotesPages pages = view.pages();
        String root = pages.pager().root(n);
        List<QuoteCluster> listed = pages.on(n);
        Set<String> onPage = listed.stream().map(QuoteCluster::id).collect(Collectors.toSet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuoteCluster c : listed) {
            out.add(cluster(view, c, onPage, root, parts));
        }
        return Map.of("clusters", out, "pager", pages.pager().model(n));
    }

    private static Map<String, Object> cluster(QuotationsView view, QuoteCluster c, Set<String> onPage, String root,
                                               PartCache parts) {
        Quote canonical = canonical(view, c);
        Map<String, Object> m = new HashMap<>();
        m.put("id", c.id());
        m.put("speaker", c.speaker());
        m.put("articles", articleCount(view, c));
        m.put("printings", c.quoteIds().size());
        m.put("text", canonical.text());
        List<Map<String, Object>> items = new ArrayList<>();
        for (String qid : shown(c)) {
            Quote q = view.quote(qid);
            Map<String, Object> item = new HashMap<>();
            item.put("id", q.id());
            item.put("text", q.text());
            item.put("speaker", q.speaker());
            item.put("fullest", q.id().equals(canonical.id()));
            // A collation depends on the two texts alone: kept between builds, as it is the
            // costliest part of the page, which changes whenever any quotation does.
            item.put("pieces", parts.get("collation:" + canonical.id() + ":" + q.id(),
                    () -> List.of(canonical.text(), q.text()),
                    () -> Collation.compare(canonical.text(), q.text()).stream().map(Collation.Piece::toMap).toList()));
            item.put("article", view.summary(view.article(q.articleId()), root));
            item.put("href", root + SiteLayout.articlePage(q.articleId()) + "#" + q.id());
            item.put("paragraph", paragraph(view, q));
            items.add(item);
        }
        m.put("items", items);
        m.put("more", c.quoteIds().size() - items.size());
        // What to search for to find the printings not shown: the fullest printing's first words.
        m.put("search", firstWords(canonical.text(), 8));
        m.put("similar", similar(view, canonical, onPage, root));
        return m;
    }

    private static List<Map<String, Object>> similar(QuotationsView view, Quote canonical, Set<String> onPage,
                                                     String root) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Quote.Similarity s : canonical.similarTo()) {
            QuoteCluster other = view.cluster(s.cluster());
            Quote q = view.quote(other.canonicalQuoteId());
            Map<String, Object> m = new HashMap<>();
            m.put("id", other.id());
            m.put("text", q.text());
            m.put("score", Math.round(s.score() * 100));
            m.put("article", view.summary(view.article(q.articleId()), root));
            // The rewording's own entry: on this page, on another quotations page, or (when it is
            // not listed) its printing.
            int page = view.pages().pageOf(other.id());
            m.put("href", onPage.contains(other.id()) ? "#" + other.id()
                    : page > 0 ? root + view.pages().pathOf(other.id()) + "#" + other.id()
                    : root + SiteLayout.articlePage(q.articleId()) + "#" + q.id());
            out.add(m);
        }
        return out;
    }

    /** Where the quotation opens, as cited (¶ N), or null when its article has no text. */
    private static String paragraph(QuotationsView view, Quote q) {
        ArticleText text = view.site().textOf(q.articleId());
        int n = text == null ? 0 : text.paragraph(q.parts().get(0).block());
        return n > 0 ? ParagraphNumbers.label(n, view.site().messages()) : null;
    }

    /**
     * The printings collated on the page: all of them, or for a cluster printed more than
     * {@link QuotesPages#MAX_SHOWN} times the first that many, the fullest always among them.
     */
    static List<String> shown(QuoteCluster c) {
        List<String> ids = c.quoteIds();
        if (ids.size() <= QuotesPages.MAX_SHOWN) {
            return ids;
        }
        List<String> shown = new ArrayList<>(ids.subList(0, QuotesPages.MAX_SHOWN));
        if (!shown.contains(c.canonicalQuoteId())) {
            shown.set(QuotesPages.MAX_SHOWN - 1, c.canonicalQuoteId());
        }
        return shown;
    }

    private static String firstWords(String text, int words) {
        String[] all = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(all).subList(0, Math.min(words, all.length)));
    }

    private static Quote canonical(QuotationsView view, QuoteCluster c) {
        return view.quote(c.canonicalQuoteId());
    }

    private static long articleCount(QuotationsView view, QuoteCluster c) {
        return QuotesPages.articleCount(c, view::quote);
    }
}
