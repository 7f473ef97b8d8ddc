package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * axe-core finds no WCAG 2.1 A/AA violation on any page type of the sample site, in Chromium, in
 * the light and the dark theme, whether the system chose it or the reader's toggle did.
 */
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

    /** Every page type in every theme: the system's light and dark, and the toggle pressed against each. */
    Stream<Arguments> pageTypesAndThemes() {
        return pageTypes().stream().flatMap(p -> Arrays.stream(ReaderTheme.values()).map(t -> Arguments.of(p, t)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pageTypesAndThemes")
    void pageHasNoViolations(String page, ReaderTheme theme) {
        String suffix = page.contains("?") ? page.substring(page.indexOf('?')) : "";
        theme.open(fixture, Origin.HTTP, page.substring(0, page.length() - suffix.length()), suffix);
        assertEquals(List.of(), axe.violations(fixture.browser()), page + " breaks WCAG 2.1 AA in " + theme);
    }

    /** The popovers an article opens (a quotation's other printings, a term's definition), in each theme. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ReaderTheme.class, names = {"LIGHT", "DARK"})
    void openPopoversHaveNoViolations(ReaderTheme theme) {
        String page = fixture.site().pages().stream().filter(p -> p.startsWith("articles/")).filter(p -> {
            try {
                String html = Files.readString(fixture.site().root().resolve(p));
                return html.contains("class=\"quote-marker\"") && html.contains("class=\"term\"");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no sample article has a quotation marker and a term"));
        theme.open(fixture, Origin.HTTP, page, "");
        var driver = fixture.browser().driver();
        driver.findElement(By.cssSelector(".article-body .quote-marker")).click();
        assertTrue(driver.findElement(By.cssSelector(".article-body .quote-popover")).isDisplayed(), "the list opens");
        assertEquals(List.of(), axe.violations(fixture.browser()), "the quotation popover breaks WCAG 2.1 AA in " + theme);
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        fixture.browser().js().executeScript("document.querySelector('.article-body a.term').focus()");
        fixture.browser().waiting().until(d -> d.findElements(By.cssSelector(".gloss-popover")).stream()
                .anyMatch(org.openqa.selenium.WebElement::isDisplayed));
        assertEquals(List.of(), axe.violations(fixture.browser()), "the glossary popover breaks WCAG 2.1 AA in " + theme);
    }

    @AfterEach
    void systemTheme() {
        ReaderTheme.forget(fixture.browser());
        fixture.browser().emulate("", "");
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
