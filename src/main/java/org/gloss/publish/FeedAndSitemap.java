package org.gloss.publish;

import java.util.List;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteSink;
import org.gloss.render.SiteUrls;

/** {@code sitemap.xml} and the Atom feed {@code feed.xml}; both need absolute addresses, so only with a {@code base_url}. */
final class FeedAndSitemap implements SiteOutput {

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        SiteUrls urls = new SiteUrls(site.config().baseUrl());
        if (!urls.known()) {
            return; // without a base_url there is nothing true to write
        }
        List<OutputFile> sitemaps = Sitemap.files(urls, site.pagePaths());
        for (OutputFile f : sitemaps) {
            sink.accept(site.cache().get(f.path(), () -> List.of(site.config(), site.pagePaths()), () -> f));
        }
        sink.accept(site.cache().get(AtomFeed.PATH, () -> List.of(site.config(), SitePublisher.cards(site.articles())),
                () -> OutputFile.text(AtomFeed.PATH, AtomFeed.write(site.config(), urls, site.articles()))));
    }
}
