package org.gloss.publish;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.SiteUrls;

/**
 * {@code feed.xml}: an Atom feed of the newest articles ({@code feed_limit} in {@code site.yml},
 * {@value SiteConfig#FEED_LIMIT} unless set), newest first, with absolute links from
 * {@code base_url}. Dates come from the articles alone (never the clock), so a rebuild of the
 * same content writes the same feed; an undated article takes the newest date in the corpus.
 */
final class AtomFeed {

    static final String PATH = SiteLayout.FEED;
    /** Used only when no article has a date at all. */
    private static final LocalDate NO_DATE = LocalDate.of(1970, 1, 1);

    private AtomFeed() {
    }

    static String write(SiteConfig site, SiteUrls urls, List<Article> articles) {
        List<Article> sorted = articles.stream()
                .sorted(Comparator.comparing((Article a) -> a.metadata().date(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Article::id))
                .toList();
        LocalDate newest = sorted.stream().map(a -> a.metadata().date()).filter(Objects::nonNull)
                .findFirst().orElse(NO_DATE);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .append(site.language() == null ? "" : " xml:lang=\"" + Xml.escape(site.language()) + "\"")
                .append(">\n");
        element(x, "  ", "title", site.title());
        if (site.description() != null && !site.description().isBlank()) {
            element(x, "  ", "subtitle", site.description());
        }
        x.append("  <link rel=\"self\" href=\"").append(Xml.escape(urls.absolute(PATH))).append("\"/>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(Xml.escape(urls.absolute(SiteLayout.INDEX))).append("\"/>\n");
        element(x, "  ", "id", urls.absolute(SiteLayout.INDEX));
        element(x, "  ", "updated", timestamp(newest));
        x.append("  <author><name>").append(Xml.escape(site.title())).append("</name></author>\n");
        // A feed reader wants what is new, not the archive: at 100,000 articles every entry would make it ~40 MB.
        for (Article a : sorted.subList(0, Math.min(site.feedLimit(), sorted.size()))) {
            entry(x, urls, a, newest);
        }
        return x.append("</feed>\n").toString();
    }

    private static void entry(StringBuilder x, SiteUrls urls, Article a, LocalDate fallback) {
        var md = a.metadata();
        String link = urls.absolute(SiteLayout.articlePage(a.id()));
        x.append("  <entry>\n");
        element(x, "    ", "title", md.title() == null ? a.id() : md.title());
        x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(link)).append("\"/>\n");
        element(x, "    ", "id", link);
        element(x, "    ", "updated", timestamp(md.date() == null ? fallback : md.date()));
        String author = md.author() != null ? md.author() : md.outlet();
        if (author != null) {
            x.append("    <author><name>").append(Xml.escape(author)).append("</name></author>\n");
        }
        if (md.outlet() != null) {
            x.append("    <category term=\"").append(Xml.escape(md.outlet())).append("\"/>\n");
        }
        if (md.description() != null) {
            element(x, "    ", "summary", md.description());
        }
        x.append("  </entry>\n");
    }

    private static void element(StringBuilder x, String indent, String name, String text) {
        x.append(indent).append('<').append(name).append('>').append(Xml.escape(text))
                .append("</").append(name).append(">\n");
    }

    private static String timestamp(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
