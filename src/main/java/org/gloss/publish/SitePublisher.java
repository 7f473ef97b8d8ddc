package org.gloss.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMarkdownWriter;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.Page;
import org.gloss.render.PartCache;
import org.gloss.render.SiteUrls;

/**
 * The publish stage: adds to the rendered pages the converted Markdown, {@code annotations.json}
 * and the theme's assets (with lunr.js for search, and {@code sitemap.xml} and {@code feed.xml}
 * when a base URL is set), handing each file to a {@link SiteSink} as it is made. Files whose
 * inputs did not change since the last build come from a {@link FileCache}.
 */
public final class SitePublisher {

    private SitePublisher() {
    }

    /** Every file of the site, sorted by path: the pages given plus what {@link #publish} adds. */
    public static List<OutputFile> files(SiteConfig config, List<Article> articles, Annotations ann,
                                         List<Page> pages, Map<String, byte[]> assets) {
        FileCollector files = new FileCollector();
        pages.forEach(p -> files.accept(new OutputFile(p.path(), p.content())));
        publish(config, articles, ann, pages.stream().map(Page::path).toList(), assets, FileCache.disabled(),
                PartCache.disabled(), files);
        return files.files();
    }

    /**
     * Hands {@code sink} every file of the site that is not a rendered page; {@code pagePaths} are
     * the pages' paths in site order, for the sitemap. Whole files are kept in {@code cache}, and
     * parts of {@code annotations.json} in {@code parts}.
     */
    public static void publish(SiteConfig config, List<Article> articles, Annotations ann, List<String> pagePaths,
                               Map<String, byte[]> assets, FileCache cache, PartCache parts, SiteSink sink) {
        publishAssets(assets, sink);
        publishData(config, articles, ann, pagePaths, cache, parts, sink);
    }

    /** Hands {@code sink} what pages load beside themselves: the theme's assets, lunr, {@code .nojekyll}. */
    public static void publishAssets(Map<String, byte[]> assets, SiteSink sink) {
        assets.forEach((name, bytes) -> sink.accept(new OutputFile(SiteLayout.asset(name), bytes)));
        if (!assets.containsKey("lunr.js")) {
            sink.accept(new OutputFile(SiteLayout.asset("lunr.js"), WebJarAsset.LUNR.bytes()));
        }
        sink.accept(new OutputFile(".nojekyll", new byte[0]));
    }

    /**
     * Hands {@code sink} the files no page loads: each article's Markdown copy,
     * {@code annotations.json}, and (with a base URL) the sitemap and the feed.
     */
    public static void publishData(SiteConfig config, List<Article> articles, Annotations ann, List<String> pagePaths,
                                   FileCache cache, PartCache parts, SiteSink sink) {
        // The Markdown copy is a function of the article alone.
        articles.parallelStream().forEach(a -> {
            String path = SiteLayout.markdownCopy(a.id());
            sink.accept(cache.get(path, () -> a, () -> OutputFile.text(path, ArticleMarkdownWriter.write(a))));
        });
        sink.accept(cache.get(SiteLayout.ANNOTATIONS, () -> annotationsKey(articles, ann),
                () -> new OutputFile(SiteLayout.ANNOTATIONS, AnnotationsJson.write(articles, ann, parts))));
        SiteUrls urls = new SiteUrls(config.baseUrl());
        if (urls.known()) {
            // Both need absolute addresses; without a base_url there is nothing true to write.
            sink.accept(cache.get(Sitemap.PATH, () -> List.of(config, pagePaths),
                    () -> OutputFile.text(Sitemap.PATH, Sitemap.write(urls, pagePaths))));
            sink.accept(cache.get(AtomFeed.PATH, () -> List.of(config, cards(articles)),
                    () -> OutputFile.text(AtomFeed.PATH, AtomFeed.write(config, urls, articles))));
        }
    }

    /** What {@code annotations.json} shows: each article's card, and the annotations but the texts. */
    private static Object annotationsKey(List<Article> articles, Annotations ann) {
        return List.of(cards(articles), ann.quotes(), ann.passages(), ann.mentions(), ann.glossary());
    }

    /** Each article's id, source and metadata: what the lists of articles show, not the body. */
    private static List<List<Object>> cards(List<Article> articles) {
        return articles.stream().map(a -> Arrays.<Object>asList(a.id(), a.source(), a.metadata())).toList();
    }
}
