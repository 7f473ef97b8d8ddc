package org.gloss.core;

/**
 * Where every file of a built site lives, relative to the site's root: the one place that knows
 * that an article's page is {@code articles/ID.html}, so that pages, links, the search index,
 * {@code annotations.json}, the feed and the preview server can never disagree.
 */
public final class SiteLayout {

    public static final String INDEX = "index.html";
    public static final String GLOSSARY = "glossary.html";
    public static final String QUOTES = "quotes.html";
    public static final String SEARCH = "search.html";
    public static final String NOT_FOUND = "404.html";
    public static final String ANNOTATIONS = "data/annotations.json";
    public static final String SEARCH_INDEX = "assets/search-index.js";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ASSETS = "assets/";
    public static final String OUTLETS = "outlets/";

    private SiteLayout() {
    }

    /** {@code articles/ID.html}. */
    public static String articlePage(String id) {
        return "articles/" + id + ".html";
    }

    /** {@code articles/ID.html#ANCHOR}: a paragraph or quotation in an article's page. */
    static String articleAnchor(String id, String anchor) {
        return articlePage(id) + "#" + anchor;
    }

    /** {@code md/ID.md}, the article's converted Markdown. */
    public static String markdownCopy(String id) {
        return "md/" + id + ".md";
    }

    /** {@code outlets/SLUG.html}. */
    public static String outletPage(String slug) {
        return OUTLETS + slug + ".html";
    }

    /** {@code assets/NAME}. */
    public static String asset(String name) {
        return ASSETS + name;
    }
}
