package org.gloss.features.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gloss.Gloss;
import org.gloss.core.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary as a reader meets it: marked mentions in article pages and the glossary page. */
class GlossaryRenderTest {

    @TempDir
    static Path content;
    static Gloss.Site site;

    @BeforeAll
    static void build() throws Exception {
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yml"), "title: Test\n");
        Files.writeString(content.resolve("glossary.yml"), """
                - term: SDF
                  expansion: Syrian Democratic Forces
                  aliases: [Syrian Democratic Forces]
                  category: group
                  definition: A *Kurdish-led* alliance. <script>alert(1)</script> [More](javascript:alert(2))
                  see_also: [Idlib]
                  links: [{title: Profile, url: "https://example.org/sdf"}]
                - term: Idlib
                  category: place
                  definition: A province.
                - term: NATO
                  category: institution
                  definition: An alliance.
                """);
        Files.writeString(content.resolve("articles/one.md"), """
                ---
                title: One
                date: 2020-02-06
                ---
                The Syrian Democratic Forces (SDF) patrol near Idlib.

                Later the SDF said the SDF would stay.
                """);
        site = new Gloss(content, null).assemble();
    }

    private static Document page(String path) {
        OutputFile f = site.files().stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow();
        return Jsoup.parse(new String(f.content(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void mentionsAreLinksToTheirGlossaryEntryWithAnIdPerMention() {
        Elements terms = page("articles/one.html").select("a.term[data-term]");
        assertEquals(List.of("Syrian Democratic Forces (SDF)", "Idlib", "SDF", "SDF"), terms.eachText());
        assertEquals("../glossary.html#term-sdf", terms.get(0).attr("href"));
        assertEquals(List.of("mention-sdf-1", "mention-idlib-1", "mention-sdf-2", "mention-sdf-3"), terms.eachAttr("id"));
        assertEquals(List.of("term", "term", "term term-light", "term term-light"), terms.eachAttr("class"));
    }

    @Test
    void theFirstMentionCarriesThePopoverTextAsPlainText() {
        Element first = page("articles/one.html").selectFirst("a.term[data-term=SDF]");
        assertNotNull(first);
        assertEquals("Syrian Democratic Forces", first.attr("data-expansion"));
        assertTrue(first.attr("data-definition").startsWith("A Kurdish-led alliance."), first.attr("data-definition"));
        assertTrue(page("articles/one.html").select("a.term-light[data-definition]").isEmpty());
        assertTrue(page("articles/one.html").select("script:not([src])").isEmpty(), "no inline script (CSP)");
    }

    @Test
    void glossaryPageGroupsEntriesAndLinksBackToEveryParagraph() {
        Document g = page("glossary.html");
        assertEquals(List.of("Groups and forces", "Places", "Institutions and media"),
                g.select("section.glossary-category > h2").eachText());
        Element sdf = g.getElementById("term-sdf");
        assertNotNull(sdf);
        Element entry = sdf.nextElementSibling();
        assertTrue(entry.text().contains("3 mentions in 1 article"), entry.text());
        assertEquals(List.of("articles/one.html#mention-sdf-1", "articles/one.html#mention-sdf-2"),
                entry.select("a.backlink-place").eachAttr("href"));
        assertTrue(entry.select("a.backlink-place").get(1).parent().text().contains("¶ 2 ×2"));
        assertEquals("#term-idlib", entry.selectFirst(".see-also a").attr("href"));
        assertEquals("https://example.org/sdf", entry.selectFirst(".links a").attr("href"));
        assertTrue(g.getElementById("term-nato").nextElementSibling().text().contains("Not mentioned"));
    }

    @Test
    void backlinksPointAtIdsThatExistInTheArticlePage() {
        Document article = page("articles/one.html");
        for (Element a : page("glossary.html").select("a.backlink-place")) {
            String id = a.attr("href").substring(a.attr("href").indexOf('#') + 1);
            assertNotNull(article.getElementById(id), id);
        }
    }

    @Test
    void definitionsAreRenderedMarkdownThatCannotInjectScript() {
        Element def = page("glossary.html").getElementById("term-sdf").nextElementSibling().selectFirst(".definition");
        assertEquals("Kurdish-led", def.selectFirst("em").text());
        assertTrue(def.select("script").isEmpty());
        assertFalse(def.html().contains("javascript:"), def.html());
        assertTrue(def.text().contains("<script>alert(1)</script>"), "raw HTML is shown as text");
    }

    /** A search result shows a definition as the glossary page does: words, not Markdown. */
    @Test
    void searchIndexHoldsTheDefinitionsWordsNotItsMarkdown() {
        // The documents, in their shards (assets/search/dN.js); the words index names no text.
        String index = site.files().stream().filter(o -> o.path().startsWith("assets/search/d"))
                .map(o -> new String(o.content(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertFalse(index.isEmpty(), "the search documents are built");
        assertTrue(index.contains("A Kurdish-led alliance."), index);
        assertFalse(index.contains("*Kurdish-led*"), "Markdown emphasis in the search index");
        assertFalse(index.contains("[More]("), "a Markdown link in the search index");
    }

    /** Issue 20, item 3: the categories glossary.yml lists are the page's sections, in its order. */
    @Test
    void glossaryPageUsesTheCategoriesTheFileLists(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("site.yml"), "title: Test\n");
        Files.writeString(dir.resolve("glossary.yml"), """
                categories:
                  - {id: river, title: Rivers and valleys}
                  - {id: group, title: Who}
                entries:
                  - {term: SDF, category: group, definition: d}
                  - {term: Wye, category: river, definition: d}
                  - {term: Idlib, category: place, definition: d}
                  - {term: Qamishli, definition: d}
                """);
        Files.writeString(dir.resolve("articles/one.md"), "---\ntitle: One\ndate: 2020-02-06\n---\nThe SDF.\n");
        Gloss.Site s = new Gloss(dir, null).assemble();
        OutputFile f = s.files().stream().filter(o -> o.path().equals("glossary.html")).findFirst().orElseThrow();
        Document g = Jsoup.parse(new String(f.content(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("Rivers and valleys", "Who", "Other terms"), g.select("section.glossary-category > h2").eachText());
        assertEquals(List.of("category-river", "category-group", "category-other-terms"),
                g.select("section.glossary-category").eachAttr("id"));
        assertEquals(List.of("Idlib", "Qamishli"), g.select("#category-other-terms dfn").eachText(),
                "a category the file does not list goes under Other terms");
    }

    @Test
    void theAzListLinksLettersThatHaveEntries() {
        Document g = page("glossary.html");
        assertEquals(List.of("I", "N", "S"), g.select("nav.glossary-az a").eachText());
        assertEquals(26, g.select("nav.glossary-az li").size());
        assertNotNull(g.getElementById("az-S"));
    }
}
