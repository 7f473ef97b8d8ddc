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

/** axe-core finds no WCAG 2.1 A/AA violation on any page type of the sample site, in Chromium. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    private SiteFixture fixture;
    private final Axe axe = new Axe();

    @BeforeAll
    void start() {
        fixture = SiteFixture.start(language());
    }

    /** The interface language the sample site is built in (null: as {@code site.yml} says). */
    String language() {
        return null;
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    List<String> pageTypes() {
        return List.of("index.html", fixture.site().firstArticle(), "glossary.html", "quotes.html", "search.html",
                // with results, their matched words in <mark>: the marks' colours are checked too
                "search.html?q=Idlib", fixture.site().firstOutlet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void pageHasNoViolations(String page) {
        fixture.open(Origin.HTTP, page);
        assertEquals(List.of(), axe.violations(fixture.browser()), page + " breaks WCAG 2.1 AA");
    }

    /** The classroom packet, opened from disk as a teacher would before printing it. */
    @Test
    void packetHasNoViolations() {
        fixture.browser().driver().get(fixture.site().packet().toUri().toString());
        assertEquals(List.of(), axe.violations(fixture.browser()), "packet.html breaks WCAG 2.1 AA");
    }

    /** The gate bites: an image without alt text and an empty link, added on purpose, are reported. */
    @Test
    void violationIsReported() throws IOException {
        Path index = fixture.site().root().resolve("index.html");
        Path broken = fixture.site().root().resolve("a11y-broken-on-purpose.html");
        Files.writeString(broken, Files.readString(index).replace("<main id=\"main\">",
                "<main id=\"main\"><img src=\"assets/none.png\"><a href=\"index.html\"></a>"));
        try {
            fixture.open(Origin.HTTP, broken.getFileName().toString());
            List<String> ids = axe.violations(fixture.browser()).stream().map(Axe.Violation::id).toList();
            assertTrue(ids.contains("image-alt"), ids.toString());
            assertTrue(ids.contains("link-name"), ids.toString());
        } finally {
            Files.delete(broken);
        }
    }
}
