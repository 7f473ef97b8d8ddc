package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.core.SiteLayout;
import org.gloss.render.Mark;
import org.gloss.render.Messages;
import org.gloss.render.ArticleBody;
import org.jsoup.nodes.Element;

/**
 * How quotations appear in an article page: each part wrapped in an element with
 * {@code data-quote-cluster}, and a marker after a shared quotation leading to its other printings.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    /** The marks for one article's quotations. */
    static List<Mark> marks(List<Quote> quotes, QuotationsView view) {
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

    /**
     * Adds, after the last part of every quotation printed elsewhere, a marker and the list of the
     * other printings it opens. Without JavaScript the marker leads to the collation on the
     * quotations page and the list stays hidden; with it, {@code quotes.js} shows the list.
     */
    static void addMarkers(ArticleBody body, List<Quote> quotes, QuotationsView view, String root) {
        for (Quote q : quotes) {
            QuoteCluster c = view.cluster(q.cluster());
            Messages messages = view.site().messages();
            List<Quote> others = othersInPlaceOrder(q, view);
            long elsewhere = others.stream().filter(o -> !o.articleId().equals(q.articleId())).count();
            List<Element> parts = body.byData("data-quote", q.id());
            if (parts.isEmpty() || (elsewhere == 0 && q.similarTo().isEmpty())) {
                continue;
            }
            String popId = "pop-" + q.id();
            // Only a quotation printed in another article gets the quote-marker; one that is only
            // reworded elsewhere gets a marker of its own kind, so the two are never confused.
            Element marker = body.create("a")
                    .addClass(elsewhere > 0 ? "quote-marker" : "quote-similar-marker")
                    .attr("href", root + "quotes.html#" + c.id())
                    .attr("data-quote-cluster", c.id())
                    .attr("aria-controls", popId)
                    .attr("aria-expanded", "false")
                    .attr("aria-haspopup", "dialog")
                    .attr("aria-label", elsewhere == 0 ? messages.text("quote.marker.reworded")
                            : messages.plural("quote.marker.elsewhere", elsewhere, Map.of()))
                    .text(elsewhere == 0 ? "≈" : String.valueOf(elsewhere));
            Element pop = popover(popId, q, others, view, root, c.id(), body);
            parts.get(parts.size() - 1).after(marker);
            marker.after(pop);
        }
    }

    private static Element popover(String id, Quote q, List<Quote> others, QuotationsView view, String root,
                                   String cluster, ArticleBody elements) {
        Messages messages = view.site().messages();
        Element pop = elements.create("span").id(id).addClass("quote-popover").attr("role", "dialog")
                .attr("aria-label", messages.text("quote.popover.label")).attr("hidden", "");
        if (!others.isEmpty()) {
            elements.append(pop, "span").addClass("quote-popover-title").text(messages.text("quote.popover.title"));
        }
        for (Quote o : others) {
            Element item = elements.append(pop, "span").addClass("quote-popover-item");
            item.appendChild(link(o, view, root, o.articleId().equals(q.articleId()), elements));
        }
        for (Quote.Similarity s : q.similarTo()) {
            Quote o = view.quote(view.cluster(s.cluster()).canonicalQuoteId());
            Element item = elements.append(pop, "span").addClass("quote-popover-item quote-popover-similar");
            item.appendText(messages.text("quote.popover.reworded", Map.of("percent", Math.round(s.score() * 100))) + " ");
            item.appendChild(link(o, view, root, o.articleId().equals(q.articleId()), elements));
        }
        elements.append(pop, "a").addClass("quote-popover-all").attr("href", root + "quotes.html#" + cluster)
                .text(messages.text("quote.popover.all"));
        return pop;
    }

    private static Element link(Quote o, QuotationsView view, String root, boolean sameArticle, ArticleBody elements) {
        var md = view.article(o.articleId()).metadata();
        Messages messages = view.site().messages();
        String outlet = sameArticle ? messages.text("quote.popover.same_article") : view.site().sourceName(o.articleId());
        Element a = elements.create("a").addClass("quote-elsewhere")
                .attr("href", root + SiteLayout.articlePage(o.articleId()) + "#" + o.id()).text(outlet);
        Element wrap = elements.create("span");
        if (sameArticle) {
            wrap.appendChild(a);
            return wrap;
        }
        // "in OUTLET, DATE", in the language's order: the outlet is a link, the date a <time>.
        List<String> pieces = messages.pieces(md.date() != null ? "quote.popover.printing" : "quote.popover.printing_undated");
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (i % 2 == 0) {
                if (!piece.isEmpty()) {
                    wrap.appendText(piece);
                }
            } else if (piece.equals("outlet")) {
                wrap.appendChild(a);
            } else if (piece.equals("date") && md.date() != null) {
                elements.append(wrap, "time").attr("datetime", md.date().toString()).text(messages.date(md.date()));
            } else {
                wrap.appendText("{" + piece + "}");
            }
        }
        return wrap;
    }

    /**
     * The cluster's other printings: other articles' first, by date, then those elsewhere in the
     * same article. Taken in two passes from the cluster's printings sorted once for the site,
     * rather than sorted again for every quotation.
     */
    private static List<Quote> othersInPlaceOrder(Quote q, QuotationsView view) {
        List<Quote> byDate = view.printingsByDate(q.cluster());
        List<Quote> others = new ArrayList<>(byDate.size());
        for (Quote o : byDate) {
            if (!o.articleId().equals(q.articleId())) {
                others.add(o);
            }
        }
        for (Quote o : byDate) {
            if (o.articleId().equals(q.articleId()) && !o.id().equals(q.id())) {
                others.add(o);
            }
        }
        return others;
    }
}
