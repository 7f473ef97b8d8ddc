package org.gloss.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved page's metadata in order of trust: JSON-LD {@code NewsArticle}, OpenGraph and
 * {@code article:} meta tags, {@code <meta name="author">}, {@code <time datetime>},
 * {@code <link rel="canonical">}, the visible byline and date, and last the {@code <title>}
 * without the site name.
 */
final class HtmlMetadataReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "report", "webpage", "backgroundnewsarticle");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BYLINE_SELECTOR = "[rel=author], [itemprop=author], .byline, .author, .article-author,"
            + " .author-name, [class*=byline], [class*=author-name]";

    private HtmlMetadataReader() {
    }

    static void read(Document doc, MetadataDraft meta) {
        for (JsonNode article : jsonLdArticles(doc)) {
            meta.title(text(article.get("headline")));
            meta.date(DateParser.machineDate(text(article.get("datePublished"))).orElse(null));
            meta.author(names(article.get("author")));
            meta.outlet(names(article.get("publisher")));
            meta.url(url(article));
            meta.description(text(article.get("description")));
            JsonNode image = first(article.get("image"));
            if (image != null && image.isObject() && image.hasNonNull("caption")) {
                meta.image(new ImageCaption(text(image.get("caption")), text(image.get("creditText"))));
            }
        }
        meta.title(content(doc, "meta[property=og:title], meta[name=twitter:title]"));
        meta.date(DateParser.machineDate(content(doc, "meta[property=article:published_time], "
                + "meta[name=article:published_time], meta[itemprop=datePublished], meta[name=pubdate], "
                + "meta[name=publish-date], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued]"))
                .orElse(null));
        meta.outlet(content(doc, "meta[property=og:site_name], meta[name=application-name]"));
        meta.author(notUrl(content(doc, "meta[name=author], meta[property=article:author], meta[name=byl]")));
        meta.description(content(doc, "meta[property=og:description], meta[name=description]"));
        for (Element t : doc.select("time[datetime]")) {
            meta.date(DateParser.machineDate(t.attr("datetime")).orElse(null));
        }
        meta.url(attr(doc, "link[rel=canonical]", "href"));
        meta.url(content(doc, "meta[property=og:url]"));
        visibleByline(doc, meta);
        meta.outlet(siteFromTitle(doc.title(), meta.title()));
        meta.title(titleWithoutSite(doc.title(), meta.outlet()));
    }

    /** "Headline - Valley Courier": the part that is not the headline, when it reads as a name. */
    static String siteFromTitle(String title, String headline) {
        String[] parts = TextLines.normalizeSpace(title == null ? "" : title).split("\\s+[|–—·•-]\\s+");
        if (parts.length != 2) {
            return null;
        }
        String best = titleWithoutSite(title, null);
        String other = parts[0].equals(best) ? parts[1] : parts[0];
        boolean headlineKnown = headline == null || TextLines.key(best).equals(TextLines.key(headline));
        return headlineKnown && TextLines.isNameLike(other, 5) ? other : null;
    }

    private static void visibleByline(Document doc, MetadataDraft meta) {
        for (Element e : doc.select(BYLINE_SELECTOR)) {
            String t = TextLines.normalizeSpace(e.text());
            if (t.isEmpty() || t.length() > 120) {
                continue;
            }
            String author = BylineParser.author(t).orElse(TextLines.isNameLike(t, 6) ? t : null);
            meta.author(author);
            BylineParser.date(t).ifPresent(meta::date);
        }
        for (Element e : doc.select("time, .date, .dateline, .published, .timestamp, [class*=publish], [class*=date]")) {
            String t = TextLines.normalizeSpace(e.text());
            if (t.length() <= 80) {
                DateParser.dateLine(t).ifPresent(meta::date);
            }
        }
    }

    /** "Headline | Site" or "Headline - Site": the part that is not the site's name. */
    static String titleWithoutSite(String title, String outlet) {
        String t = TextLines.normalizeSpace(title == null ? "" : title);
        if (t.isEmpty()) {
            return null;
        }
        String[] parts = t.split("\\s+[|–—:·•-]\\s+|\\s+::\\s+");
        if (parts.length == 1) {
            return t;
        }
        String best = parts[0];
        for (String p : parts) {
            boolean isSite = outlet != null && TextLines.key(p).equals(TextLines.key(outlet));
            if (!isSite && p.length() > best.length()) {
                best = p;
            }
        }
        return best;
    }

    private static List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out);
            } catch (IOException e) {
                // A broken JSON-LD block is ignored: the meta tags and the page still speak.
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
            return;
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), out);
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase()));
        } else if (type != null) {
            types.add(type.asText().toLowerCase());
        }
        if (types.stream().anyMatch(ARTICLE_TYPES::contains) && node.has("headline")) {
            out.add(node);
        }
    }

    private static String url(JsonNode article) {
        String u = text(article.get("url"));
        if (u == null) {
            JsonNode page = article.get("mainEntityOfPage");
            u = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        }
        return u != null && u.startsWith("http") ? u : null;
    }

    /** A name or list of names (strings or objects with {@code name}), joined with "and". */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            String name = n.isObject() ? text(n.get("name")) : text(n);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(" and ", names);
    }

    private static JsonNode first(JsonNode n) {
        return n != null && n.isArray() ? (n.isEmpty() ? null : n.get(0)) : n;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String content(Document doc, String selector) {
        return attr(doc, selector, "content");
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

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }
}
