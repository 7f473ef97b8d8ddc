package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page of the built sample site passes the Nu HTML Checker with no errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityTest {

    private SampleSite site;
    private HtmlChecker checker;

    /** The interface language the sample site is built in (null: as {@code site.yml} says). */
    String language() {
        return null;
    }

    @BeforeAll
    void build() {
        site = SampleSite.build(language());
        checker = new HtmlChecker();
    }

    @AfterAll
    void clean() {
        site.close();
    }

    List<String> pages() {
        return site.pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml(String page) {
        List<String> errors = checker.errors(site.root().resolve(page));
        assertEquals(List.of(), errors, page + " has HTML errors");
    }

    @Test
    void packetIsValidHtml() {
        assertEquals(List.of(), checker.errors(site.packet()), "packet.html has HTML errors");
    }

    @Test
    void everyPageTypeIsChecked() {
        List<String> pages = pages();
        assertTrue(pages.containsAll(List.of("index.html", "glossary.html", "quotes.html", "search.html", "404.html")),
                pages.toString());
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("outlets/")), pages.toString());
        assertTrue(pages.stream().anyMatch(p -> p.startsWith("articles/")), pages.toString());
    }

    /** The gate bites: a page made invalid on purpose is reported, with the reason. */
    @Test
    void invalidPageIsReported() throws IOException {
        Path page = site.root().resolve("index.html");
        String broken = Files.readString(page)
                .replace("<main id=\"main\">", "<main id=\"main\"><span id=\"main\">dup</span><li>stray item</li>");
        Path copy = site.root().resolve("broken-on-purpose.html");
        Files.writeString(copy, broken);
        try {
            List<String> errors = checker.errors(copy);
            assertTrue(errors.stream().anyMatch(e -> e.contains("Duplicate ID")), errors.toString());
            assertTrue(errors.stream().anyMatch(e -> e.contains("li")), errors.toString());
        } finally {
            Files.delete(copy);
        }
    }
}
