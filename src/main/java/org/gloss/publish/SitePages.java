package org.gloss.publish;

import org.gloss.core.SiteSink;

/** The pages about the whole site: the index, each feature's pages (glossary, quotations), outlets, search, 404. */
final class SitePages implements SiteOutput {

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        site.pages().sitePages(site.pageSink());
    }
}
