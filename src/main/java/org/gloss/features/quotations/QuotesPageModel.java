package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Comparator;
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
 * The template data of {@code quotes.html}: quotations printed in more than one place (or reworded
 * elsewhere), most widely travelled first, each with a collation of every printing against the
 * fullest one.
 */
final class QuotesPageModel {

    private QuotesPageModel() {
    }

    static Map<String, Object> build(QuotationsView view, String root, PartCache parts) {
        List<QuoteCluster> listed = listed(view);
        Set<String> onPage = listed.stream().map(QuoteCluster::id).collect(Collectors.toSet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuoteCluster c : listed) {
            out.add(cluster(view, c, onPage, root, parts));
        }
        return Map.of("clusters", out);
    }

    /** Shared or reworded clusters, by how many articles printed them, then how often. */
    static List<QuoteCluster> listed(QuotationsView view) {
        List<QuoteCluster> listed = view.clusters().stream()
                .filter(c -> c.shared() || !canonical(view, c).similarTo().isEmpty())
                .toList();
        // Counted once per cluster, not at every comparison of the sort.
        Map<String, Long> articleCounts = new HashMap<>();
        listed.forEach(c -> articleCounts.put(c.id(), articleCount(view, c)));
        return listed.stream()
                .sorted(Comparator.comparingLong((QuoteCluster c) -> -articleCounts.get(c.id()))
                        .thenComparingInt(c -> -c.quoteIds().size())
                        .thenComparing(QuoteCluster::id))
                .toList();
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
        for (String qid : c.quoteIds()) {
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
            m.put("href", onPage.contains(other.id()) ? "#" + other.id()
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

    private static Quote canonical(QuotationsView view, QuoteCluster c) {
        return view.quote(c.canonicalQuoteId());
    }

    private static long articleCount(QuotationsView view, QuoteCluster c) {
        return c.quoteIds().stream().map(id -> view.quote(id).articleId()).distinct().count();
    }
}
