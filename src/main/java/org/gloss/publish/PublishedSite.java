package org.gloss.publish;

import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.features.Feature;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.JsonSection;
import org.gloss.render.PageSink;
import org.gloss.render.PartCache;
import org.gloss.render.SiteRenderer;

/**
 * What every {@link SiteOutput} is made from: the analysed site and its features, its pages ready
 * to render and where they go (through the page cache into the build's sink), the theme's
 * assets, and the caches that let {@code serve} remake only what changed. An output that makes no
 * site pages (the packet) is given a site without {@code pages} and {@code pageSink} (null).
 */
public record PublishedSite(SiteConfig config, List<Article> articles, Annotations annotations,
                            List<Feature> features, SiteRenderer.SitePages pages, PageSink pageSink,
                            Map<String, byte[]> assets, FileCache cache, PartCache parts) {

    public PublishedSite {
        articles = List.copyOf(articles);
        features = List.copyOf(features);
    }

    /** Each feature's section of {@code annotations.json}, in the features' order. */
    List<JsonSection> sections() {
        return features.stream().map(f -> f.jsonSection(articles, annotations)).toList();
    }

    /** The pages' paths in site order, for the sitemap. */
    List<String> pagePaths() {
        return pages.paths();
    }
}
