package org.gloss.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article objects of a page's JSON-LD blocks (schema.org {@code NewsArticle}, {@code BlogPosting}...). */
final class JsonLdArticles {

    /** schema.org's Article type and its subtypes, as Readability lists them. */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "advertisercontentarticle", "newsarticle",
            "analysisnewsarticle", "askpublicnewsarticle", "backgroundnewsarticle", "opinionnewsarticle",
            "reportagenewsarticle", "reviewnewsarticle", "report", "satiricalarticle", "scholarlyarticle",
            "medicalscholarlyarticle", "socialmediaposting", "blogposting", "liveblogposting",
            "discussionforumposting", "techarticle", "apireference");
    /** Saved pages often wrap script text in CDATA markers, which are not JSON. */
    private static final Pattern CDATA = Pattern.compile("^\\s*(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?]]>\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdArticles() {
    }

    static List<JsonNode> in(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        Map<String, JsonNode> named = new HashMap<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode tree = JSON.readTree(CDATA.matcher(s.data()).replaceAll(""));
                collect(tree, out);
                index(tree, named);
            } catch (IOException e) {
                // A broken JSON-LD block is ignored: the meta tags and the page still speak.
            }
        }
        out.forEach(article -> resolveAuthors(article, named));
        return out;
    }

    /** Every node of the page's JSON-LD that has both an {@code @id} and a {@code name}, by its id. */
    private static void index(JsonNode node, Map<String, JsonNode> named) {
        if (node == null || !node.isContainerNode()) {
            return;
        }
        if (node.isObject() && text(node.get("@id")) != null && text(node.get("name")) != null) {
            named.putIfAbsent(text(node.get("@id")), node);
        }
        node.forEach(child -> index(child, named));
    }

    /**
     * An author given only as a reference ({@code "author": {"@id": "…#/schema/person/…"}}, as a
     * {@code @graph} usually gives it) is the person node of that id elsewhere on the page.
     */
    private static void resolveAuthors(JsonNode article, Map<String, JsonNode> named) {
        JsonNode author = article.get("author");
        if (author instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                list.set(i, resolved(list.get(i), named));
            }
        } else if (author != null && article instanceof ObjectNode o) {
            o.set("author", resolved(author, named));
        }
    }

    private static JsonNode resolved(JsonNode ref, Map<String, JsonNode> named) {
        if (ref.isObject() && text(ref.get("name")) == null && text(ref.get("@id")) != null) {
            return named.getOrDefault(text(ref.get("@id")), ref);
        }
        return ref;
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
        List<String> types = new ArrayList<>();
        for (JsonNode t : node.path("@type").isArray() ? node.get("@type") : List.of(node.path("@type"))) {
            types.add(t.asText().toLowerCase(Locale.ROOT));
        }
        // A WebPage counts only with a headline: its name is often just the page's title bar.
        if (types.stream().anyMatch(ARTICLE_TYPES::contains) || types.contains("webpage") && node.has("headline")) {
            out.add(node);
        }
    }

    /**
     * The article's title. Some sites put their own name in {@code name} and the title in
     * {@code headline}: when the two differ, the one that resembles the page's {@code <title>} wins,
     * and {@code name} when neither or both do (Readability's rule).
     */
    static String title(JsonNode article, String pageTitle) {
        String name = text(article.get("name"));
        String headline = text(article.get("headline"));
        if (name != null && headline != null && !name.equals(headline) && pageTitle != null) {
            boolean nameMatches = similarity(name, pageTitle) > 0.75;
            boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
            return headlineMatches && !nameMatches ? headline : name;
        }
        return name != null ? name : headline;
    }

    /** How much of {@code b}'s wording also occurs in {@code a}, from 0 to 1. */
    static double similarity(String a, String b) {
        List<String> tokensA = List.of(a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+"));
        List<String> tokensB = new ArrayList<>(List.of(b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")));
        tokensB.removeIf(String::isEmpty);
        if (tokensB.isEmpty()) {
            return 0;
        }
        List<String> unique = tokensB.stream().filter(t -> !tokensA.contains(t)).toList();
        return 1 - (double) String.join(" ", unique).length() / String.join(" ", tokensB).length();
    }

    /** The names in a person or organisation field: a string, an object with {@code name}, or a list of them. */
    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
            String name = n.isObject() ? text(n.get("name")) : text(n);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names;
    }

    static String url(JsonNode article) {
        String u = text(article.get("url"));
        if (u == null) {
            JsonNode page = article.get("mainEntityOfPage");
            u = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        }
        return u != null && u.startsWith("http") ? u : null;
    }

    static JsonNode first(JsonNode n) {
        return n != null && n.isArray() ? (n.isEmpty() ? null : n.get(0)) : n;
    }

    static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
