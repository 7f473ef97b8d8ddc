package org.gloss.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Quote;
import org.gloss.analyze.QuoteCluster;
import org.jsoup.nodes.Element;

/**
 * How quotations appear in an article page: each part wrapped in an element with
 * {@code data-quote-cluster}, and a marker after a shared quotation leading to its other printings.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static List<Mark> marks(List<Quote> quotes, SiteView view) {
        List<Mark> marks = new ArrayList<>();
        for (Quote q : quotes) {
            boolean shared = view.cluster(q.cluster()).shared();
            for (int i = 0; i < q.parts().size(); i++) {
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("class", shared ? "quote quote-shared" : "quote");
                attrs.put("data-quote-cluster", q.cluster());
                attrs.put("data-quote", q.id());
                marks.add(new Mark(q.parts().get(i), "span", attrs, i == 0 ? q.id() : null));
            }
        }
        return marks;
    }

    /** Adds the "also in ..." marker after the last part of every shared quotation. */
    static void addMarkers(Element body, List<Quote> quotes, SiteView view, String root) {
        for (Quote q : quotes) {
            QuoteCluster c = view.cluster(q.cluster());
            if (!c.shared()) {
                continue;
            }
            List<Element> parts = body.select("[data-quote=" + q.id() + "]");
            if (parts.isEmpty()) {
                continue;
            }
            int others = c.quoteIds().size() - 1;
            Element marker = new Element("a")
                    .addClass("quote-marker")
                    .attr("href", root + "quotes.html#" + c.id())
                    .attr("data-quote-cluster", c.id())
                    .attr("aria-label", "This quotation also appears in " + others + " other place"
                            + (others == 1 ? "" : "s"))
                    .text(String.valueOf(others));
            parts.get(parts.size() - 1).after(marker);
        }
    }
}
