package org.gloss.render;

import java.util.List;
import java.util.Map;
import org.gloss.ingest.Article;

/**
 * One feature's share of the rendered site, the render phase's extension point: the marks it
 * weaves into an article's text, what it adds to the body once they are woven, what it adds to
 * the index page, the pages about the whole site it makes, and its documents in the search index.
 * One is made per render for a {@link SiteView}, so it may keep lookups it derives from the view;
 * article pages render in parallel, so its methods must be safe to call concurrently.
 */
public interface PageParts {

    /** The marks to weave into {@code article}'s text; links relative to {@code root}. */
    default List<Mark> marks(Article article, String root) {
        return List.of();
    }

    /** Adds what goes into {@code article}'s body after every mark is woven (markers, popovers, notes). */
    default void addToBody(ArticleBody body, Article article, String root) {
    }

    /**
     * The notes of {@code article}'s print form (the packet): for each annotation a small mark
     * and an entry in the article's notes list, made by the theme's print templates.
     */
    default List<PrintNote> printNotes(Article article) {
        return List.of();
    }

    /** Adds template data to the index page's model. */
    default void addToIndex(Map<String, Object> model, List<OutletPageModel.Outlet> outlets) {
    }

    /**
     * Adds template data to the model of an index page whose way back to the site's root is
     * {@code root} (pages after the first are in {@code page/N/}); by default what
     * {@link #addToIndex(Map, List)} adds, whose links are from the root.
     */
    default void addToIndex(Map<String, Object> model, List<OutletPageModel.Outlet> outlets, String root) {
        addToIndex(model, outlets);
    }

    /** The pages about the whole site this feature makes. */
    default List<SitePage> sitePages() {
        return List.of();
    }

    /** Adds this feature's documents to the offline search index. */
    default void addSearchDocs(SearchDocs docs) {
    }

    /** Makes a feature's parts for one render. */
    @FunctionalInterface
    interface Maker {
        PageParts make(SiteView view, PartCache parts);
    }
}
