package org.gloss.ingest;

/**
 * Site-wide settings from {@code content/site.yml}. {@code pageSize} is how many articles a list
 * page (the index, an outlet) holds before it continues on a next page; {@code feedLimit} how many
 * of the newest articles the feed holds.
 */
public record SiteConfig(String title, String description, String language, String baseUrl,
                         boolean markEveryMention, int pageSize, int feedLimit) {

    /** Articles per list page unless {@code site.yml} says {@code page_size}. */
    public static final int PAGE_SIZE = 100;
    /** Articles in the feed unless {@code site.yml} says {@code feed_limit}. */
    public static final int FEED_LIMIT = 50;

    public static final SiteConfig DEFAULT =
            new SiteConfig("Gloss reader", "", "en", "", false);

    /** The settings with the default page size and feed length. */
    public SiteConfig(String title, String description, String language, String baseUrl, boolean markEveryMention) {
        this(title, description, language, baseUrl, markEveryMention, PAGE_SIZE, FEED_LIMIT);
    }
}
