package org.gloss.publish;

import org.gloss.core.SiteSink;

/** The offline search index, {@code assets/search-index.js}: articles, paragraphs and each feature's documents. */
final class SearchIndexFile implements SiteOutput {

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        site.pages().searchIndex(site.pageSink());
    }
}
