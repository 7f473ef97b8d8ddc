package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * How the pages look in Chromium: screenshots of every page type at desktop and phone widths
 * (written to {@code target/screenshots/}), no sideways scrolling on a phone, the source line of
 * every article visible, a visible focus, and a print stylesheet without navigation.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<Integer> WIDTHS = List.of(1280, 390);

    private SiteFixture fixture;

    /** The interface language the sample site is built in (null: as {@code site.yml} says). */
    String language() {
        return null;
    }

    @BeforeAll
    void start() throws IOException {
        fixture = SiteFixture.start(language());
        Files.createDirectories(SCREENSHOTS);
    }

    SiteFixture fixture() {
        return fixture;
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @AfterEach
    void reset() {
        fixture.browser().resetViewport();
        fixture.browser().media("");
    }

    /** Each page type with the name its screenshots get. */
    List<Arguments> pageTypes() {
        return List.of(Arguments.of("index", "index.html"), Arguments.of("article", fixture.site().firstArticle()),
                Arguments.of("glossary", "glossary.html"), Arguments.of("quotes", "quotes.html"),
                Arguments.of("search", "search.html"), Arguments.of("outlet", fixture.site().firstOutlet()));
    }

    Stream<Arguments> pageTypesAndWidths() {
        List<Arguments> all = new ArrayList<>();
        for (Arguments p : pageTypes()) {
            for (int w : WIDTHS) {
                all.add(Arguments.of(p.get()[0], p.get()[1], w));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {2}px")
    @MethodSource("pageTypesAndWidths")
    void screenshotFitsTheWidth(String name, String page, int width) throws IOException {
        Browser browser = fixture.browser();
        browser.viewport(width, 900);
        fixture.open(Origin.HTTP, page);
        long scrollWidth = (Long) browser.js().executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= width, name + " scrolls sideways at " + width + "px: " + scrollWidth + "px wide");

        long height = (Long) browser.js().executeScript("return document.documentElement.scrollHeight");
        browser.viewport(width, (int) Math.min(height, 6000));
        byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
        Path file = SCREENSHOTS.resolve((language() == null ? "" : language() + "-") + name + "-" + width + ".png");
        Files.write(file, png);
        assertEquals(0x89, png[0] & 0xff, "not a PNG");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Origin.class)
    void articleShowsItsSourceLine(Origin origin) {
        fixture.open(origin, fixture.site().firstArticle());
        WebElement source = fixture.browser().driver().findElement(By.cssSelector(".article-header .source-line"));
        assertTrue(source.isDisplayed());
        WebElement outlet = source.findElement(By.cssSelector(".outlet"));
        assertTrue(outlet.isDisplayed() && !outlet.getText().isBlank(), "outlet not shown");
        assertFalse(source.findElements(By.cssSelector("time, .undated")).isEmpty(), "no date or 'undated'");
        // A comfortable measure: a line of body text is at most about 75 characters (~38 em) long.
        double ems = ((Number) fixture.browser().js().executeScript(
                "var p = document.querySelector('.article-body p');"
                        + "return p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize);"))
                .doubleValue();
        assertTrue(ems <= 38, "body lines are " + ems + " em wide");
    }

    @Test
    void everyArticleOnTheIndexShowsOutletAndDate() {
        fixture.open(Origin.HTTP, "index.html");
        List<WebElement> cards = fixture.browser().driver().findElements(By.cssSelector(".article-card"));
        assertEquals(fixture.site().pages().stream().filter(p -> p.startsWith("articles/")).count(), cards.size());
        for (WebElement card : cards) {
            assertTrue(card.findElement(By.cssSelector(".outlet")).isDisplayed(), card.getText());
            assertFalse(card.findElements(By.cssSelector("time, .undated")).isEmpty(), card.getText());
        }
    }

    @Test
    void keyboardFocusIsVisible() {
        fixture.open(Origin.HTTP, fixture.site().firstArticle());
        new Actions(fixture.browser().driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = fixture.browser().driver().switchTo().activeElement();
        assertTrue(skip.getAttribute("class").contains("skip-link"), "Tab first reaches the skip link");
        assertTrue(skip.getLocation().getX() >= 0 && skip.getLocation().getY() >= 0, "the skip link shows when focused");
        String outline = (String) fixture.browser().js().executeScript(
                "var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertFalse(outline.startsWith("none") || outline.endsWith(" 0px"), "no focus outline: " + outline);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Origin.class)
    void printHidesNavigation(Origin origin) {
        fixture.open(origin, fixture.site().firstArticle());
        var driver = fixture.browser().driver();
        assertTrue(driver.findElement(By.cssSelector(".site-header nav")).isDisplayed(), "nav shows on screen");
        fixture.browser().media("print");
        assertFalse(driver.findElement(By.cssSelector(".site-header nav")).isDisplayed(), "nav shows in print");
        assertFalse(driver.findElement(By.cssSelector(".site-footer")).isDisplayed(), "footer shows in print");
        assertTrue(driver.findElement(By.cssSelector(".article-body")).isDisplayed(), "the article must print");
        assertTrue(driver.findElement(By.cssSelector(".article-header .source-line")).isDisplayed(),
                "the source line must print");
    }
}
