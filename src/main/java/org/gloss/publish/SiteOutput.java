package org.gloss.publish;

/**
 * One kind of file a build makes beside the rendered pages: the theme's assets, the Markdown
 * copies, {@code annotations.json}, the feed and sitemap. Each is one class, listed once in
 * {@link SitePublisher}; a new output is a new class added to that list.
 */
interface SiteOutput {

    /** Hands {@code sink} this output's files for {@code site}. */
    void write(PublishedSite site, SiteSink sink);
}
