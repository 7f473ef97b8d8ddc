package org.gloss.render;

import java.net.URI;
import java.net.URISyntaxException;
import org.gloss.core.SiteLayout;

/**
 * Absolute addresses from {@code site.yml}'s {@code base_url}: canonical links, the sitemap and the
 * feed. Internal links never use these — they stay relative so the site works from disk too.
 */
public record SiteUrls(String baseUrl) {

    public SiteUrls {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** True when a base URL is set, so absolute addresses can be made at all. */
    public boolean known() {
        return !baseUrl.isEmpty();
    }

    /** The absolute address of site path {@code path} ({@code index.html} is the base itself); "" if unknown. */
    public String absolute(String path) {
        if (!known()) {
            return "";
        }
        return SiteLayout.INDEX.equals(path) ? baseUrl : baseUrl + path;
    }

    /**
     * The base URL's path ({@code /idlib-reader/}), for the one page a server shows at any depth
     * (404.html); "" when there is no base URL, so that page falls back to relative links.
     */
    public String basePath() {
        if (!known()) {
            return "";
        }
        try {
            String p = new URI(baseUrl).getRawPath();
            return p == null || p.isEmpty() ? "/" : p;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
