package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gloss.core.SiteLayout;
import org.gloss.render.ArticleBody;
import org.gloss.render.Mark;
import org.gloss.render.MarkTemplates;
import org.gloss.render.PrintNote;
import org.jsoup.nodes.Element;

/**
 * Where quotations are marked in an article page and what their marks hold: each part wrapped in
 * the element {@code marks/quote.peb} makes, and after a quotation printed or reworded elsewhere a
 * marker and a popover leading to its other printings. The theme's templates give them their form.
 */
final class QuoteMarks {

    static final String QUOTE = "marks/quote.peb";
    static final String MARKER = "marks/quote-marker.peb";
    static final String POPOVER = "marks/popover.peb";
    static final String PRINT = "marks/print/quote.peb";
    static final String PRINT_NOTE = "marks/print/quote-note.peb";

    private QuoteMarks() {
    }

    /** The marks for one article's quotations, each from {@code marks/quote.peb}. */
    static List<Mark> marks(List<Quote> quotes, QuotationsView view, MarkTemplates templates) {
        List<Mark> marks = new ArrayList<>();
        for (Quote q : quotes) {
            Map<String, Object> data = new HashMap<>();
            data.put("id", q.id());
            data.put("cluster", q.cluster());
            data.put("shared", view.cluster(q.cluster()).shared());
            data.put("speaker", q.speaker());
            // One render per quotation: its parts differ only in their span and anchor.
            Mark first = templates.mark(QUOTE, data, q.parts().get(0), q.id());
            marks.add(first);
            for (int i = 1; i < q.parts().size(); i++) {
                marks.add(new Mark(q.parts().get(i), first.tag(), first.attributes(), null));
            }
        }
        return marks;
    }

    /**
     * Adds, after the last part of every quotation printed elsewhere, a marker
     * ({@code marks/quote-marker.peb}) and the list of the other printings it opens
     * ({@code marks/popover.peb}). Without JavaScript the marker leads to the collation on the
     * quotations page and the list stays hidden; with it, {@code quotes.js} shows the list.
     */
    static void addMarkers(ArticleBody body, List<Quote> quotes, QuotationsView view, String root,
                           MarkTemplates templates, Printings printings) {
        List<OtherPrintings.Listed> others = view.printings().of(quotes);
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            List<Element> parts = body.byData("data-quote", q.id());
            if (parts.isEmpty() || (others.get(i).elsewhere() == 0 && q.similarTo().isEmpty())) {
                continue;
            }
            Map<String, Object> data = popoverData(q, others.get(i), view, root, printings);
            // Only a quotation printed in another article gets the quote-marker; one that is only
            // reworded elsewhere gets a marker of its own kind (the template tells them apart by
            // elsewhere), so the two are never confused.
            body.addAfter(parts.get(parts.size() - 1), templates.html(MARKER, POPOVER, data));
        }
    }

    /**
     * The print form's notes (the packet): after the last part of every quotation printed or
     * reworded elsewhere, a small mark ({@code marks/print/quote.peb}) and a note saying where
     * ({@code marks/print/quote-note.peb}).
     */
    static List<PrintNote> printNotes(List<Quote> quotes, QuotationsView view) {
        List<PrintNote> notes = new ArrayList<>();
        Printings printings = new Printings();
        List<OtherPrintings.Listed> others = view.printings().of(quotes);
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (others.get(i).elsewhere() == 0 && q.similarTo().isEmpty()) {
                continue;
            }
            Map<String, Object> data = popoverData(q, others.get(i), view, "", printings);
            data.put("speaker", q.speaker());
            data.put("text", q.text());
            notes.add(new PrintNote(q.parts().get(q.parts().size() - 1), PRINT, PRINT_NOTE, data));
        }
        return notes;
    }

    /** What the marker and popover templates get for {@code q}, whose other printings are {@code others}. */
    static Map<String, Object> popoverData(Quote q, OtherPrintings.Listed others, QuotationsView view, String root,
                                           Printings printings) {
        QuoteCluster c = view.cluster(q.cluster());
        Map<String, Object> data = new HashMap<>();
        data.put("id", q.id());
        data.put("cluster", c.id());
        // The quotations pages are cut into pages: the one that lists this cluster.
        data.put("quotes_page", view.pages().pathOf(c.id()));
        data.put("popover_id", "pop-" + q.id());
        data.put("root", root);
        // A long, as it always was: templates compare and pluralise it.
        data.put("elsewhere", (long) others.elsewhere());
        // The first few, then how many more and the link to the collation (OtherPrintings).
        List<Map<String, Object>> listed = new ArrayList<>(others.listed().size());
        for (Quote o : others.listed()) {
            listed.add(printings.of(q, o, view, root));
        }
        data.put("others", listed);
        data.put("more", others.more());
        List<Map<String, Object>> similar = new ArrayList<>(q.similarTo().size());
        for (Quote.Similarity s : q.similarTo()) {
            Map<String, Object> p = new HashMap<>(printings.of(q, view.quote(view.cluster(s.cluster()).canonicalQuoteId()), view, root));
            p.put("percent", Math.round(s.score() * 100));
            similar.add(p);
        }
        data.put("similar", similar);
        return data;
    }

    /**
     * The other printings popovers list, each made once (per printing, whether it is in the listing
     * quotation's article, and root): the popovers of a statement's printings list each other, so
     * each printing is listed about seven times a build. Reused and fixed, the same map is also
     * how {@code mark_piece} finds the printing it drew without comparing it ({@link MarkTemplates#fixed}).
     * Thread-safe: article pages render in parallel. One per render (a {@link QuotationParts}).
     */
    static final class Printings {

        private record Key(String quoteId, boolean sameArticle, String root) {
        }

        private final Map<Key, Map<String, Object>> made = new ConcurrentHashMap<>();

        /** Printing {@code o} as listed for {@code q}; not to be changed (copy it to add to it). */
        Map<String, Object> of(Quote q, Quote o, QuotationsView view, String root) {
            Key key = new Key(o.id(), o.articleId().equals(q.articleId()), root);
            Map<String, Object> p = made.get(key);
            return p != null ? p : made.computeIfAbsent(key, k -> MarkTemplates.fixed(printing(q, o, view, root)));
        }
    }

    /** One other printing {@code o} of {@code q}, as the popover names it. */
    private static Map<String, Object> printing(Quote q, Quote o, QuotationsView view, String root) {
        var md = view.article(o.articleId()).metadata();
        Map<String, Object> p = new HashMap<>();
        p.put("href", root + SiteLayout.articlePage(o.articleId()) + "#" + o.id());
        p.put("outlet", view.site().sourceName(o.articleId()));
        p.put("same_article", o.articleId().equals(q.articleId()));
        p.put("date", md.date() == null ? null : md.date().toString());
        p.put("text", o.text());
        p.put("title", md.title() == null ? o.articleId() : md.title());
        return p;
    }
}
