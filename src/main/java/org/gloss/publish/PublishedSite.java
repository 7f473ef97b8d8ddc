package org.gloss.publish;

import java.util.List;
import java.util.Map;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.JsonSection;
import org.gloss.render.PartCache;

/**
 * What every {@link SiteOutput} is made from: the articles, the features' sections of
 * {@code annotations.json}, the paths of the pages (in site order, for the sitemap), the theme's
 * assets, and the caches that let {@code serve} remake only what changed.
 */
record PublishedSite(SiteConfig config, List<Article> articles, List<JsonSection> sections, List<String> pagePaths,
                     Map<String, byte[]> assets, FileCache cache, PartCache parts) {
}
