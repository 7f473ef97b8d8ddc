package org.gloss.features.quotations;

import java.util.List;
import java.util.Map;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.ArticleBody;
import org.gloss.render.JsonParts;
import org.gloss.render.Mark;
import org.gloss.render.Messages;
import org.gloss.render.OutletPageModel;
import org.gloss.render.PageParts;
import org.gloss.render.Pager;
import org.gloss.render.PartCache;
import org.gloss.render.PrintNote;
import org.gloss.render.SearchDocs;
import org.gloss.render.SitePage;

/** The quotations' parts of the pages: marks and markers, the coverage matrix, the quotations pages, search. */
final class QuotationParts implements PageParts {

    private final QuotationsView view;
    private final PartCache parts;
    /** The other printings popovers list, made once for this render's pages. */
    private final QuoteMarks.Printings printings = new QuoteMarks.Printings();

    QuotationParts(QuotationsView view, PartCache parts) {
        this.view = view;
        this.parts = parts;
    }

    @Override
    public List<Mark> marks(Article article, String root) {
        return QuoteMarks.marks(view.quotesOf(article.id()), view, view.site().marks());
    }

    @Override
    public void addToBody(ArticleBody body, Article article, String root) {
        QuoteMarks.addMarkers(body, view.quotesOf(article.id()), view, root, view.site().marks(), printings);
    }

    @Override
    public List<PrintNote> printNotes(Article article) {
        return QuoteMarks.printNotes(view.quotesOf(article.id()), view);
    }

    @Override
    public void addToIndex(Map<String, Object> model, List<OutletPageModel.Outlet> outlets) {
        addToIndex(model, outlets, "");
    }

    @Override
    public void addToIndex(Map<String, Object> model, List<OutletPageModel.Outlet> outlets, String root) {
        model.put("coverage", CoverageMatrix.build(view, outlets, root));
    }

    @Override
    public List<SitePage> sitePages() {
        Pager pager = view.pages().pager();
        List<SitePage> pages = new java.util.ArrayList<>(pager.pages());
        for (int n = 1; n <= pager.pages(); n++) {
            int number = n;
            pages.add(new SitePage(pager.path(n), "quotes.peb", pager.root(n),
                    () -> QuotesPageModel.build(view, number, parts)));
        }
        return pages;
    }

    /**
     * Each article's quotations as one part, kept between builds by what they show; in batches
     * when nothing is kept (never one part of every quotation: hundreds of megabytes at 100,000).
     */
    @Override
    public void addSearchDocs(SearchDocs docs) {
        for (List<Quote> run : JsonParts.parts(view.quotes(), docs.parts(), Quote::articleId)) {
            Article a = view.article(run.get(0).articleId());
            docs.add(docs.parts().get("search-quotes:" + a.id(), () -> List.of(a.id(), a.metadata(), run),
                    () -> SearchDocs.part(g -> {
                        for (Quote q : run) {
                            SearchDocs.write(g, quoteDoc(q));
                        }
                    })));
        }
    }

    private Map<String, Object> quoteDoc(Quote q) {
        Article a = view.article(q.articleId());
        Messages messages = view.site().messages();
        String label = q.speaker() == null ? messages.text("search.unattributed") : q.speaker();
        Map<String, Object> d = SearchDocs.doc("quote", label, SearchDocs.title(a) + " · " + SearchDocs.context(a, messages),
                SiteLayout.articlePage(q.articleId()) + "#" + q.id());
        d.put("speaker", q.speaker());
        d.put("text", q.text());
        return d;
    }
}
