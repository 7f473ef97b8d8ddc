package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.core.SiteLayout;
import org.gloss.render.OutletPageModel;

/**
 * Which outlets carried which shared quotations: one row per quotation printed in more than one
 * article, one column per outlet; a cell links to that outlet's first printing of the quotation.
 */
final class CoverageMatrix {

    /**
     * Rows shown, the most widely carried first: at 10,000 articles a row for every shared
     * quotation made the index 3.9 MB; the rest are on the quotations page.
     */
    static final int MAX_ROWS = 30;

    /** How much of a quotation the row heading shows before cutting it off. */
    private static final int EXCERPT_WORDS = 12;

    private CoverageMatrix() {
    }

    static Map<String, Object> build(QuotationsView view, List<OutletPageModel.Outlet> outlets, String root) {
        List<Map<String, Object>> columns = outlets.stream()
                .map(o -> Map.<String, Object>of("name", o.name(), "href", root + SiteLayout.outletPage(o.slug())))
                .toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        // Counted once per cluster, not at every comparison of the sort.
        Map<String, Integer> outletCounts = new HashMap<>();
        List<QuoteCluster> shared = view.clusters().stream().filter(QuoteCluster::shared).toList();
        shared.forEach(c -> outletCounts.put(c.id(), outletCount(view, c)));
        shared.stream()
                .sorted(Comparator.comparingInt((QuoteCluster c) -> -outletCounts.get(c.id())).thenComparing(QuoteCluster::id))
                .limit(MAX_ROWS)
                .forEach(c -> rows.add(row(view, c, outlets, root)));
        Map<String, Object> m = new HashMap<>();
        m.put("columns", columns);
        m.put("rows", rows);
        m.put("more", shared.size() - rows.size());
        return m;
    }

    private static Map<String, Object> row(QuotationsView view, QuoteCluster c, List<OutletPageModel.Outlet> outlets,
                                           String root) {
        Map<String, List<Quote>> byOutlet = new LinkedHashMap<>();
        for (String qid : c.quoteIds()) {
            Quote q = view.quote(qid);
            byOutlet.computeIfAbsent(OutletPageModel.name(view.article(q.articleId()), view.site().messages()), k -> new ArrayList<>()).add(q);
        }
        List<Map<String, Object>> cells = new ArrayList<>();
        for (OutletPageModel.Outlet o : outlets) {
            List<Quote> qs = byOutlet.getOrDefault(o.name(), List.of());
            Map<String, Object> cell = new HashMap<>();
            cell.put("outlet", o.name());
            cell.put("count", qs.size());
            cell.put("href", qs.isEmpty() ? null : root + SiteLayout.articlePage(qs.get(0).articleId()) + "#" + qs.get(0).id());
            cells.add(cell);
        }
        Quote canonical = view.quote(c.canonicalQuoteId());
        Map<String, Object> m = new HashMap<>();
        m.put("id", c.id());
        m.put("speaker", c.speaker());
        m.put("excerpt", excerpt(canonical == null ? "" : canonical.text()));
        m.put("href", root + view.pages().pathOf(c.id()) + "#" + c.id());
        m.put("cells", cells);
        return m;
    }

    private static int outletCount(QuotationsView view, QuoteCluster c) {
        return (int) c.quoteIds().stream()
                .map(id -> OutletPageModel.name(view.article(view.quote(id).articleId()), view.site().messages()))
                .distinct().count();
    }

    static String excerpt(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= EXCERPT_WORDS) {
            return text.strip();
        }
        return String.join(" ", List.of(words).subList(0, EXCERPT_WORDS)) + " …";
    }
}
