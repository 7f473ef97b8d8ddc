package org.gloss.publish;

import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.PartCache;

/**
 * What every {@link SiteOutput} is made from: the analysed site, the paths of its pages (in site
 * order, for the sitemap), the theme's assets, and the caches that let {@code serve} remake only
 * what changed.
 */
record PublishedSite(SiteConfig config, List<Article> articles, Annotations annotations, List<String> pagePaths,
                     Map<String, byte[]> assets, FileCache cache, PartCache parts) {
}
