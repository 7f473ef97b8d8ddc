package org.gloss.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved page's metadata in order of trust: JSON-LD articles, then meta tags (Dublin Core,
 * OpenGraph, {@code article:}, Parse.ly, {@code author}), {@code <time datetime>}, the canonical
 * link, the visible byline and date, a date in the address, and last the {@code <title>} without
 * the site's name. Each field's list of sources is Readability's, with more date sources.
 */
final class HtmlMetadataReader {

    static final String BYLINE_SELECTOR = "[rel=author], [itemprop=author], .byline, .author, .article-author,"
            + " .author-name, [class*=byline], [class*=author-name]";
    /** "/2024/06/25/" or "/2024-06-25-" in an article's address. */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)");

    private static final Pattern SITE_SUFFIX = Pattern.compile("(.+?)\\s+[|–—·•-]\\s+([^|–—·•]+)");

    private HtmlMetadataReader() {
    }

    /** Fills {@code meta}; returns the page's byline line when it is an unmarked one, for the story to drop. */
    static Optional<Element> read(Document doc, MetadataDraft meta) {
        MetaTags tags = new MetaTags(doc);
        List<JsonNode> articles = JsonLdArticles.in(doc);
        for (JsonNode article : articles) {
            meta.outlet(String.join(", ", JsonLdArticles.names(article.get("publisher"))));
            meta.author(declaredAuthors(JsonLdArticles.names(article.get("author"))));
            meta.date(machineDate(JsonLdArticles.text(article.get("datePublished"))));
            meta.url(JsonLdArticles.url(article));
            meta.description(JsonLdArticles.text(article.get("description")));
            JsonNode image = JsonLdArticles.first(article.get("image"));
            if (image != null && image.isObject() && image.hasNonNull("caption")) {
                meta.image(new ImageCaption(JsonLdArticles.text(image.get("caption")),
                        JsonLdArticles.text(image.get("creditText"))));
            }
        }
        meta.outlet(tags.first("og:site_name"));
        String pageTitle = PageTitle.of(doc, meta.outlet() != null ? meta.outlet() : tags.first("application-name"));
        String title = null;
        for (JsonNode article : articles) {
            title = title != null ? title : JsonLdArticles.title(article, pageTitle);
        }
        title = title != null ? title : tags.first("dc:title", "dcterm:title", "og:title", "weibo:article:title",
                "weibo:webpage:title", "title", "twitter:title", "parsely-title");
        meta.title(withoutSite(title, meta.outlet(), doc));
        meta.author(authorTag(tags));
        meta.date(machineDate(tags.first("article:published_time", "parsely-pub-date", "datepublished",
                "article:published", "pubdate", "publish-date", "publishdate", "date", "dc:date", "dc:date:issued",
                "dcterms:created", "dc:date:created", "sailthru:date")));
        meta.description(tags.first("dc:description", "dcterm:description", "og:description",
                "weibo:article:description", "description", "twitter:description"));
        for (Element t : doc.select("time[datetime]")) {
            meta.date(machineDate(t.attr("datetime")));
        }
        meta.url(attr(doc, "link[rel=canonical]", "href"));
        meta.url(tags.first("og:url"));
        Optional<Element> bylineLine = VisibleByline.read(doc, meta);
        visibleDate(doc, meta);
        if (meta.url() != null) {
            meta.date(urlDate(meta.url()));
        }
        meta.title(pageTitle);
        meta.outlet(siteFromTitle(doc.title(), meta.title()));
        meta.outlet(titleAsSiteName(doc, meta.title()));
        meta.outlet(tags.first("application-name"));
        meta.tidyAuthor(a -> withoutOutlet(a, meta.outlet(), host(meta.url())));
        return bylineLine;
    }

    /** Each listed author without the page's own outlet after the name (see {@link BylineParser#withoutOutlet}). */
    static String withoutOutlet(String authors, String outlet, String host) {
        List<String> names = java.util.Arrays.stream(authors.split("; "))
                .map(a -> BylineParser.withoutOutlet(a, outlet, host)).distinct().toList();
        return String.join(names.stream().anyMatch(n -> n.contains(",")) ? "; " : ", ", names);
    }

    private static String host(String url) {
        try {
            return url == null ? null : java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A {@code <title>} that is not the headline but the masthead's name (a blog's): the outlet. */
    static String titleAsSiteName(Document doc, String headline) {
        String title = TextLines.normalizeSpace(doc.title());
        String key = TextLines.key(title);
        if (key.isEmpty() || headline == null || key.equals(TextLines.key(headline)) || !TextLines.isNameLike(title, 5)) {
            return null;
        }
        boolean masthead = doc.select("h1, a[href=/]").stream().anyMatch(e -> TextLines.key(e.text()).equals(key));
        return masthead ? title : null;
    }

    /** The authors that meta tags declare, the first kind of tag that names any (see {@link BylineParser#declared}). */
    private static String authorTag(MetaTags tags) {
        return declaredAuthors(tags.names("dc:creator", "dcterm:creator", "author", "parsely-author", "article:author",
                "sailthru:author", "byl"));
    }

    /**
     * Several declared authors are listed as JSON-LD and Readability list them, "A, B"; when a name
     * itself holds a comma ("Kooman, F.", a surname first), the list is "A; B", so no name is split.
     */
    static String declaredAuthors(List<String> names) {
        List<String> distinct = names.stream().map(BylineParser::declared).filter(n -> !n.isEmpty()).distinct().toList();
        return String.join(distinct.stream().anyMatch(n -> n.contains(",")) ? "; " : ", ", distinct);
    }

    private static void visibleDate(Document doc, MetadataDraft meta) {
        for (Element e : doc.select("time, .date, .dateline, .published, .timestamp, [class*=publish], [class*=date]")) {
            String t = TextLines.normalizeSpace(e.text());
            if (t.length() <= 80) {
                DateParser.dateLine(t).ifPresent(meta::date);
            }
        }
    }

    /** The date an article's address carries ("/2024/06/25/slug"), if a real one. */
    static java.time.LocalDate urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * "Headline | Site" as a meta tag gives it: the headline alone, when Site is the outlet's name
     * and the page prints the headline without it. A title is otherwise kept as the tag says.
     */
    static String withoutSite(String title, String outlet, Document doc) {
        if (title == null || outlet == null) {
            return title;
        }
        Matcher m = SITE_SUFFIX.matcher(title);
        if (!m.matches() || !TextLines.key(m.group(2)).equals(TextLines.key(outlet))) {
            return title;
        }
        String headline = TextLines.key(m.group(1));
        boolean printed = doc.select("h1, h2").stream().anyMatch(h -> TextLines.key(h.text()).equals(headline));
        return printed ? m.group(1) : title;
    }

    /** "Headline - Valley Courier": the part that is not the headline, when it reads as a name. */
    static String siteFromTitle(String title, String headline) {
        String[] parts = TextLines.normalizeSpace(title == null ? "" : title).split("\\s+[|–—·•-]\\s+");
        if (parts.length != 2 || headline == null) {
            return null;
        }
        String key = TextLines.key(headline);
        // The headline may be the page's fuller heading, which the title's first part begins.
        String first = TextLines.key(parts[0]);
        String other = first.equals(key) || !first.isEmpty() && key.startsWith(first) ? parts[1]
                : TextLines.key(parts[1]).equals(key) ? parts[0] : null;
        return other != null && TextLines.isNameLike(other, 5) ? other : null;
    }

    private static java.time.LocalDate machineDate(String value) {
        return DateParser.machineDate(value).orElse(null);
    }

    private static String attr(Document doc, String selector, String name) {
        for (Element e : doc.select(selector)) {
            String v = e.attr(name).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
