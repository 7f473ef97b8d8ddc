package org.gloss.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A page about the whole site that a feature makes (the glossary, the quotations): its path, the
 * theme template that renders it, its way back to the site's root ({@code ""} for a page at the
 * top, {@code "../../../"} for {@code quotes/page/2/index.html}), and its template data (links
 * relative to the page), made only when the page is.
 */
public record SitePage(String path, String template, String root, Supplier<Map<String, Object>> model) {

    /** A page at the site's top level. */
    public SitePage(String path, String template, Supplier<Map<String, Object>> model) {
        this(path, template, "", model);
    }
}
