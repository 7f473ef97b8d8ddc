package org.gloss.publish;

import org.gloss.core.SiteSink;

/**
 * One kind of file a build makes from an analysed site: the article pages, the pages about the
 * whole site, the search index, the theme's assets, the Markdown copies, {@code annotations.json},
 * the feed and sitemap, and (for {@code gloss packet}) the classroom packet. Each is one class;
 * the site's outputs are listed once in {@link SitePublisher}, and a new output is a new class
 * added to that list. Where the files go is the sink's business: a staging folder
 * ({@code build}), memory ({@code serve}), a zip ({@code archive}).
 */
public interface SiteOutput {

    /** Hands {@code sink} this output's files for {@code site}. */
    void write(PublishedSite site, SiteSink sink);
}
