package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.gloss.core.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the sample content end to end and checks what a reader and a script would rely on. */
class GlossBuildTest {

    @TempDir
    static Path tmp;
    static Path site;
    static JsonNode annotations;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        Gloss.BuildResult result = new Gloss(Path.of("content"), Path.of("templates")).build(site);
        assertTrue(result.problems().stream().noneMatch(Problem::isError), result.problems().toString());
        annotations = new ObjectMapper().readTree(site.resolve("data/annotations.json").toFile());
    }

    @Test
    void writesEveryPageTheReadmePromises() throws Exception {
        long articleFiles;
        try (Stream<Path> s = Files.list(Path.of("content/articles"))) {
            articleFiles = s.filter(p -> !p.toString().endsWith(".yml")).count();
        }
        for (String p : new String[] {"index.html", "glossary.html", "quotes.html", "data/annotations.json",
                "assets/gloss.css", "assets/gloss.js"}) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
        assertEquals(articleFiles, annotations.get("articles").size());
        for (JsonNode a : annotations.get("articles")) {
            assertTrue(Files.isRegularFile(site.resolve(a.get("page").asText())), a.toString());
            assertTrue(Files.isRegularFile(site.resolve(a.get("markdown").asText())), a.toString());
            assertTrue(Files.readString(site.resolve(a.get("markdown").asText())).startsWith("---\n"));
        }
    }

    @Test
    void everyQuoteNamesAKnownArticleAndAppearsOnItsPage() throws Exception {
        Set<String> ids = new HashSet<>();
        annotations.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        assertTrue(annotations.get("quotes").size() > 0);
        for (JsonNode q : annotations.get("quotes")) {
            assertTrue(ids.contains(q.get("article").asText()), q.toString());
            assertNotNull(q.get("cluster").textValue(), q.toString());
            Document page = Jsoup.parse(site.resolve("articles/" + q.get("article").asText() + ".html").toFile());
            Element el = page.getElementById(q.get("id").asText());
            assertNotNull(el, "quote element for " + q);
            assertEquals(q.get("cluster").asText(), el.attr("data-quote-cluster"));
        }
    }

    @Test
    void sharedQuotesLinkToTheirOtherPrintings() throws Exception {
        Document quotes = Jsoup.parse(site.resolve("quotes.html").toFile());
        assertFalse(quotes.select("section.cluster").isEmpty(), "the sample corpus shares quotations");
        int markers = 0;
        for (JsonNode a : annotations.get("articles")) {
            Document page = Jsoup.parse(site.resolve(a.get("page").asText()).toFile());
            for (Element marker : page.select("a.quote-marker")) {
                String cluster = marker.attr("data-quote-cluster");
                assertFalse(page.select("[data-quote-cluster=" + cluster + "].quote").isEmpty());
                assertTrue(marker.attr("href").startsWith("../quotes.html#"), marker.outerHtml());
                markers++;
            }
        }
        // Without this the loop above passes on pages that lost every marker.
        assertTrue(markers > 0, "no article page carries an a.quote-marker");
    }

    @Test
    void glossaryMentionsAreMarkedWithTheirTerm() throws Exception {
        int marked = 0;
        for (JsonNode entry : annotations.get("glossary")) {
            for (JsonNode m : entry.get("mentions")) {
                Document page = Jsoup.parse(site.resolve("articles/" + m.get("article").asText() + ".html").toFile());
                boolean found = page.select("[data-term]").stream()
                        .anyMatch(e -> e.attr("data-term").equals(entry.get("term").asText())
                                && e.text().equals(m.get("text").asText()));
                assertTrue(found, "mention " + m + " of " + entry.get("term"));
                marked++;
            }
        }
        assertTrue(marked > 0);
    }

    @Test
    void internalLinksAreRelative() throws Exception {
        try (Stream<Path> pages = Files.walk(site)) {
            // 404.html is the exception: a server shows it at any depth, so it links from base_url's path.
            for (Path p : pages.filter(f -> f.toString().endsWith(".html") && !f.endsWith("404.html")).toList()) {
                Document doc = Jsoup.parse(p.toFile());
                for (Element el : doc.select("link[href], script[src]")) {
                    String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    if (el.is("link[rel=canonical]")) {
                        continue;
                    }
                    assertFalse(ref.startsWith("/") || ref.contains("://"), p + ": " + ref);
                    assertTrue(Files.exists(p.getParent().resolve(ref).normalize()), p + ": " + ref);
                }
            }
        }
    }
}
