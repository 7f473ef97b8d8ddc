package org.gloss.ingest;

/** Site-wide settings from {@code content/site.yml}. */
public record SiteConfig(String title, String description, String language, String baseUrl,
                         boolean markEveryMention) {

    public static final SiteConfig DEFAULT =
            new SiteConfig("Gloss reader", "", "en", "", false);
}
