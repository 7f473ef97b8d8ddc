package org.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Quote;
import org.gloss.analyze.QuoteCluster;

/** The template data of {@code quotes.html}: shared quotations, most widely printed first. */
final class QuotesPageModel {

    private QuotesPageModel() {
    }

    static Map<String, Object> build(SiteView view, String root) {
        List<Map<String, Object>> out = new ArrayList<>();
        view.ann.clusters().stream()
                .filter(QuoteCluster::shared)
                .sorted(Comparator.comparingLong((QuoteCluster c) -> -articleCount(view, c))
                        .thenComparing(QuoteCluster::id))
                .forEach(c -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("id", c.id());
                    m.put("speaker", c.speaker());
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (String qid : c.quoteIds()) {
                        Quote q = view.quotes.get(qid);
                        Map<String, Object> item = new HashMap<>();
                        item.put("text", q.text());
                        item.put("speaker", q.speaker());
                        item.put("article", view.summary(view.byId.get(q.articleId()), root));
                        item.put("href", root + "articles/" + q.articleId() + ".html#" + q.id());
                        items.add(item);
                    }
                    m.put("items", items);
                    out.add(m);
                });
        return Map.of("clusters", out);
    }

    private static long articleCount(SiteView view, QuoteCluster c) {
        return c.quoteIds().stream().map(id -> view.quotes.get(id).articleId()).distinct().count();
    }
}
