package org.gloss.quality;

/**
 * What a browser test class shares: the sample site built once, served on 127.0.0.1, and one
 * browser session. Closing it stops all three.
 */
final class SiteFixture implements AutoCloseable {

    private final SampleSite site;
    private final StaticFileServer server;
    private final Browser browser;

    private SiteFixture(SampleSite site, StaticFileServer server, Browser browser) {
        this.site = site;
        this.server = server;
        this.browser = browser;
    }

    static SiteFixture start() {
        return start(null);
    }

    /** As {@link #start()}, the sample site built with its interface in {@code language} (null: as written). */
    static SiteFixture start(String language) {
        SampleSite site = SampleSite.build(language);
        StaticFileServer server = StaticFileServer.serve(site.root());
        try {
            return new SiteFixture(site, server, Browser.start());
        } catch (RuntimeException e) {
            server.close();
            site.close();
            throw e;
        }
    }

    SampleSite site() {
        return site;
    }

    Browser browser() {
        return browser;
    }

    /** The URL of {@code page} (relative to the site root) as reached through {@code origin}. */
    String url(Origin origin, String page) {
        return switch (origin) {
            case HTTP -> server.baseUrl() + page;
            case FILE -> site.root().resolve(page).toUri().toString();
        };
    }

    /** Opens {@code page} and waits until its scripts have run. */
    void open(Origin origin, String page) {
        open(origin, page, "");
    }

    /**
     * Opens {@code page} with {@code suffix} ({@code ?q=…} or {@code #…}) added to its URL as it
     * is, not escaped into the file name, and waits until its scripts have run.
     */
    void open(Origin origin, String page, String suffix) {
        browser.driver().get(url(origin, page) + suffix);
        browser.waiting().until(d -> "complete".equals(browser.js().executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
            site.close();
        }
    }
}
