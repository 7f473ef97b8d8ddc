package org.gloss.publish;

import java.util.Arrays;
import java.util.List;
import org.gloss.core.SiteSink;
import org.gloss.ingest.Article;

/**
 * The publish phase: runs the site's outputs, each a {@link SiteOutput}, handing every file to a
 * {@link SiteSink} as it is made. They run in four groups, so that a live preview can show an
 * edit before the whole site is made: what pages load (the theme's assets, lunr.js for search),
 * the article pages, the pages about the whole site with the search index, and last the files no
 * page loads (the Markdown copies, {@code annotations.json}, and {@code sitemap.xml} and
 * {@code feed.xml} when a base URL is set). Files whose inputs did not change since the last build
 * come from a {@link FileCache}.
 */
public final class SitePublisher {

    /** What pages load beside themselves, written before the pages so that a preview of the first ones has them. */
    private static final List<SiteOutput> BEFORE_PAGES = List.of(new ThemeAssets());
    private static final List<SiteOutput> ARTICLE_PAGES = List.of(new ArticlePages());
    private static final List<SiteOutput> SITE_PAGES = List.of(new SitePages(), new SearchIndexFile());
    /** The files no page loads, written after the pages. */
    private static final List<SiteOutput> AFTER_PAGES = List.of(new MarkdownCopies(), new AnnotationsData(),
            new FeedAndSitemap());

    private SitePublisher() {
    }

    /**
     * Hands {@code sink} every file of {@code site}, group by group: {@code articlePagesMade} runs
     * once every article page is handed on, {@code pagesMade} once every page is.
     */
    public static void publish(PublishedSite site, SiteSink sink, Runnable articlePagesMade, Runnable pagesMade) {
        write(BEFORE_PAGES, site, sink);
        write(ARTICLE_PAGES, site, sink);
        articlePagesMade.run();
        write(SITE_PAGES, site, sink);
        pagesMade.run();
        write(AFTER_PAGES, site, sink);
    }

    private static void write(List<SiteOutput> outputs, PublishedSite site, SiteSink sink) {
        outputs.forEach(o -> o.write(site, sink));
    }

    /** Each article's id, source and metadata: what the lists of articles show, not the body. */
    static List<List<Object>> cards(List<Article> articles) {
        return articles.stream().map(a -> Arrays.<Object>asList(a.id(), a.source(), a.metadata())).toList();
    }
}
