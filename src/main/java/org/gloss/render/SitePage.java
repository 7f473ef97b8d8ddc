package org.gloss.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A page about the whole site that a feature makes (the glossary, the quotations): its path, the
 * theme template that renders it, and its template data (links relative to the site root), made
 * only when the page is.
 */
public record SitePage(String path, String template, Supplier<Map<String, Object>> model) {
}
