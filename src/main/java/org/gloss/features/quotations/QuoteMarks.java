package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Span;
import org.gloss.core.SiteLayout;
import org.gloss.features.passages.SharedPassage;
import org.gloss.render.Mark;
import org.gloss.render.PageElements;
import org.gloss.render.SiteView;
import org.jsoup.nodes.Element;

/**
 * How quotations appear in an article page: each part wrapped in an element with
 * {@code data-quote-cluster}, and a marker after a shared quotation leading to its other printings.
 */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    /** The marks for one article's quotations and the passages it shares with other articles. */
    public static List<Mark> marks(String articleId, List<Quote> quotes, SiteView view) {
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
        for (SharedPassage p : passagesOf(articleId, view)) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("class", "shared-passage");
            attrs.put("data-shared-passage", passageId(p.span()));
            marks.add(new Mark(p.span(), "span", attrs, passageId(p.span())));
        }
        return marks;
    }

    /** The article's passages shared with other articles. */
    private static List<SharedPassage> passagesOf(String articleId, SiteView view) {
        return view.passagesOf(articleId);
    }

    /** The anchor id of a shared passage: unique in its page, stable across builds. */
    static String passageId(Span span) {
        return "passage-" + span.block() + "-" + span.start();
    }

    /** Adds a margin note "also in OUTLET" after every shared passage. */
    private static void addPassageNotes(Map<String, Element> byId, String articleId, SiteView view, String root,
                                        PageElements elements) {
        for (SharedPassage p : passagesOf(articleId, view)) {
            Element el = byId.get(passageId(p.span()));
            if (el == null) {
                continue;
            }
            Element note = elements.create("span").addClass("shared-note").attr("role", "note");
            note.appendText("Also in ");
            List<SharedPassage.Elsewhere> others = p.elsewhere();
            for (int i = 0; i < others.size(); i++) {
                SharedPassage.Elsewhere o = others.get(i);
                var md = view.byId.get(o.articleId()).metadata();
                String name = md.outlet() != null ? md.outlet() : md.title() != null ? md.title() : o.articleId();
                if (i > 0) {
                    note.appendText(i == others.size() - 1 ? " and " : ", ");
                }
                elements.append(note, "a").attr("href", root + SiteLayout.articlePage(o.articleId()) + "#"
                        + passageId(o.span())).text(name);
            }
            el.after(note);
        }
    }

    /**
     * Adds, after the last part of every quotation printed elsewhere, a marker and the list of the
     * other printings it opens. Without JavaScript the marker leads to the collation on the
     * quotations page and the list stays hidden; with it, {@code quotes.js} shows the list.
     */
    public static void addMarkers(Element body, String articleId, List<Quote> quotes, SiteView view, String root) {
        // One pass over the page finds every passage's anchor and every quotation's parts, instead
        // of one search of the page per passage or quotation. Notes add neither ids nor parts.
        Map<String, Element> byId = new HashMap<>();
        Map<String, List<Element>> partsById = new HashMap<>();
        body.traverse((node, depth) -> {
            if (node instanceof Element e) {
                if (!e.id().isEmpty()) {
                    byId.putIfAbsent(e.id(), e); // the first, as getElementById finds
                }
                if (e.hasAttr("data-quote")) {
                    partsById.computeIfAbsent(e.attr("data-quote"), k -> new ArrayList<>()).add(e);
                }
            }
        });
        PageElements elements = new PageElements(body);
        addPassageNotes(byId, articleId, view, root, elements);
        for (Quote q : quotes) {
            QuoteCluster c = view.cluster(q.cluster());
            List<Quote> others = othersInPlaceOrder(q, view);
            long elsewhere = others.stream().filter(o -> !o.articleId().equals(q.articleId())).count();
            List<Element> parts = partsById.getOrDefault(q.id(), List.of());
            if (parts.isEmpty() || (elsewhere == 0 && q.similarTo().isEmpty())) {
                continue;
            }
            String popId = "pop-" + q.id();
            // Only a quotation printed in another article gets the quote-marker; one that is only
            // reworded elsewhere gets a marker of its own kind, so the two are never confused.
            Element marker = elements.create("a")
                    .addClass(elsewhere > 0 ? "quote-marker" : "quote-similar-marker")
                    .attr("href", root + "quotes.html#" + c.id())
                    .attr("data-quote-cluster", c.id())
                    .attr("aria-controls", popId)
                    .attr("aria-expanded", "false")
                    .attr("aria-haspopup", "dialog")
                    .attr("aria-label", elsewhere == 0 ? "Reworded in another article"
                            : "Also printed in " + elsewhere + " other article" + (elsewhere == 1 ? "" : "s"))
                    .text(elsewhere == 0 ? "≈" : String.valueOf(elsewhere));
            Element pop = popover(popId, q, others, view, root, c.id(), elements);
            parts.get(parts.size() - 1).after(marker);
            marker.after(pop);
        }
    }

    private static Element popover(String id, Quote q, List<Quote> others, SiteView view, String root,
                                   String cluster, PageElements elements) {
        Element pop = elements.create("span").id(id).addClass("quote-popover").attr("role", "dialog")
                .attr("aria-label", "Other printings of this quotation").attr("hidden", "");
        if (!others.isEmpty()) {
            elements.append(pop, "span").addClass("quote-popover-title").text("Also printed");
        }
        for (Quote o : others) {
            Element item = elements.append(pop, "span").addClass("quote-popover-item");
            item.appendChild(link(o, view, root, o.articleId().equals(q.articleId()), elements));
        }
        for (Quote.Similarity s : q.similarTo()) {
            Quote o = view.quotes.get(view.cluster(s.cluster()).canonicalQuoteId());
            Element item = elements.append(pop, "span").addClass("quote-popover-item quote-popover-similar");
            item.appendText("Reworded (" + Math.round(s.score() * 100) + "% similar): ");
            item.appendChild(link(o, view, root, o.articleId().equals(q.articleId()), elements));
        }
        elements.append(pop, "a").addClass("quote-popover-all").attr("href", root + "quotes.html#" + cluster)
                .text("Compare all printings");
        return pop;
    }

    private static Element link(Quote o, SiteView view, String root, boolean sameArticle, PageElements elements) {
        var md = view.byId.get(o.articleId()).metadata();
        String outlet = sameArticle ? "elsewhere in this article"
                : md.outlet() != null ? md.outlet() : md.title() != null ? md.title() : o.articleId();
        Element a = elements.create("a").addClass("quote-elsewhere")
                .attr("href", root + SiteLayout.articlePage(o.articleId()) + "#" + o.id()).text(outlet);
        Element wrap = elements.create("span");
        if (!sameArticle) {
            wrap.appendText("in ");
        }
        wrap.appendChild(a);
        if (!sameArticle) {
            wrap.appendText(", ");
            if (md.date() != null) {
                elements.append(wrap, "time").attr("datetime", md.date().toString()).text(md.date().toString());
            } else {
                wrap.appendText("undated");
            }
        }
        return wrap;
    }

    /**
     * The cluster's other printings: other articles' first, by date, then those elsewhere in the
     * same article. Taken in two passes from the cluster's printings sorted once for the site,
     * rather than sorted again for every quotation.
     */
    private static List<Quote> othersInPlaceOrder(Quote q, SiteView view) {
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
