package org.gloss.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.JsonSection;
import org.gloss.render.Page;
import org.gloss.render.PartCache;

/**
 * The publish stage: adds to the rendered pages the outputs listed here, each a {@link SiteOutput}
 * (the theme's assets with lunr.js for search; the converted Markdown, {@code annotations.json},
 * and {@code sitemap.xml} and {@code feed.xml} when a base URL is set), handing each file to a
 * {@link SiteSink} as it is made. Files whose inputs did not change since the last build come from
 * a {@link FileCache}.
 */
public final class SitePublisher {

    /** What pages load beside themselves, written before the pages so that a preview of the first ones has them. */
    private static final List<SiteOutput> BEFORE_PAGES = List.of(new ThemeAssets());
    /** The files no page loads, written after the pages. */
    private static final List<SiteOutput> AFTER_PAGES = List.of(new MarkdownCopies(), new AnnotationsData(),
            new FeedAndSitemap());

    private SitePublisher() {
    }

    /**
     * Every file of the site, sorted by path: the pages given plus the assets and the files no
     * page loads, with {@code sections} as the features' part of {@code annotations.json}.
     */
    static List<OutputFile> files(SiteConfig config, List<Article> articles, List<JsonSection> sections,
                                         List<Page> pages, Map<String, byte[]> assets) {
        FileCollector files = new FileCollector();
        pages.forEach(p -> files.accept(new OutputFile(p.path(), p.content())));
        publishAssets(assets, files);
        publishData(config, articles, sections, pages.stream().map(Page::path).toList(), FileCache.disabled(),
                PartCache.disabled(), files);
        return files.files();
    }

    /** Hands {@code sink} what pages load beside themselves: the theme's assets, lunr, {@code .nojekyll}. */
    public static void publishAssets(Map<String, byte[]> assets, SiteSink sink) {
        PublishedSite site = new PublishedSite(null, List.of(), List.of(), List.of(), assets, FileCache.disabled(),
                PartCache.disabled());
        BEFORE_PAGES.forEach(o -> o.write(site, sink));
    }

    /**
     * Hands {@code sink} the files no page loads: each article's Markdown copy,
     * {@code annotations.json} (the articles and the features' {@code sections}), and (with a base
     * URL) the sitemap and the feed; {@code pagePaths} are the pages' paths in site order, for the
     * sitemap. Whole files are kept in {@code cache}, and parts of {@code annotations.json} in {@code parts}.
     */
    public static void publishData(SiteConfig config, List<Article> articles, List<JsonSection> sections,
                                   List<String> pagePaths, FileCache cache, PartCache parts, SiteSink sink) {
        PublishedSite site = new PublishedSite(config, articles, sections, pagePaths, Map.of(), cache, parts);
        AFTER_PAGES.forEach(o -> o.write(site, sink));
    }

    /** Each article's id, source and metadata: what the lists of articles show, not the body. */
    static List<List<Object>> cards(List<Article> articles) {
        return articles.stream().map(a -> Arrays.<Object>asList(a.id(), a.source(), a.metadata())).toList();
    }
}
