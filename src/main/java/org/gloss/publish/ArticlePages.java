package org.gloss.publish;

import org.gloss.core.SiteSink;

/** One page per article, {@code articles/ID.html}, with every feature's marks and parts. */
final class ArticlePages implements SiteOutput {

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        site.pages().articlePages(site.pageSink());
    }
}
