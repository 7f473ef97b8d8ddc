package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * How the pages look in Chromium: screenshots of every page type at desktop and phone widths, light
 * and dark (written to {@code target/screenshots/}, with close-ups of the parts checked below), no
 * sideways scrolling on a phone, a phone header on the page's grid, a coverage matrix that scrolls
 * in its own box, shared-passage notes outside paragraphs, quotation markers that are not footnote
 * numbers, quiet underlines, the source line of every article visible, a visible focus, and an
 * article that prints across the page without the site's chrome.
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
        ReaderTheme.forget(fixture.browser());
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
                for (ReaderTheme t : List.of(ReaderTheme.LIGHT, ReaderTheme.DARK)) {
                    all.add(Arguments.of(p.get()[0], p.get()[1], w, t));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {2}px, {3}")
    @MethodSource("pageTypesAndWidths")
    void screenshotFitsTheWidth(String name, String page, int width, ReaderTheme theme) throws IOException {
        Browser browser = fixture.browser();
        browser.viewport(width, 900);
        theme.open(fixture, Origin.HTTP, page, "");
        long scrollWidth = (Long) browser.js().executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= width, name + " scrolls sideways at " + width + "px: " + scrollWidth + "px wide");

        long height = (Long) browser.js().executeScript("return document.documentElement.scrollHeight");
        browser.viewport(width, (int) Math.min(height, 6000));
        byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
        Path file = SCREENSHOTS.resolve((language() == null ? "" : language() + "-") + name + "-" + width
                + (theme.dark() ? "-dark" : "") + ".png");
        Files.write(file, png);
        assertEquals(0x89, png[0] & 0xff, "not a PNG");
    }

    /** A screenshot of the viewport with {@code selector}'s first match scrolled to its middle. */
    private void screenshotAround(String selector, String name) throws IOException {
        fixture.browser().js().executeScript(
                "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' })", selector);
        Files.write(SCREENSHOTS.resolve((language() == null ? "" : language() + "-") + name + ".png"),
                fixture.browser().driver().getScreenshotAs(OutputType.BYTES));
    }

    @SuppressWarnings("unchecked")
    private <T> T js(String script, Object... args) {
        return (T) fixture.browser().js().executeScript(script, args);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    /** The first article page whose text carries {@code marker} (a class name), from the built files. */
    private String articleWith(String marker) {
        return fixture.site().pages().stream().filter(p -> p.startsWith("articles/")).filter(p -> {
            try {
                return Files.readString(fixture.site().root().resolve(p)).contains("class=\"" + marker + "\"");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no sample article has a " + marker));
    }

    /**
     * On a phone every row of the header starts on the page's gutter, where the text below starts:
     * the title, the navigation's first label and the search box (on the right in a right-to-left
     * page); nothing sticks out of the screen.
     */
    @Test
    void phoneHeaderSitsOnTheGrid() throws IOException {
        fixture.browser().viewport(390, 900);
        fixture.open(Origin.HTTP, "index.html");
        Map<String, Object> x = js("""
                // The start edge: the left in a left-to-right page, the right (from the screen's right) in Arabic.
                var w = document.documentElement.clientWidth, rtl = getComputedStyle(document.body).direction === 'rtl';
                function start(r) { return rtl ? w - r.right : r.left; }
                function edge(sel) { return start(document.querySelector(sel).getBoundingClientRect()); }
                var link = document.querySelector('.site-header nav a');
                var range = document.createRange(); range.selectNodeContents(link);
                return { title: edge('.site-title'), nav: start(range.getBoundingClientRect()),
                         search: edge('.site-search input'), text: edge('main h1') };
                """);
        for (String part : List.of("title", "nav", "search")) {
            assertEquals(num(x.get("text")), num(x.get(part)), 1.0, part + " is off the page's grid: " + x);
        }
        List<String> outside = js("""
                var w = document.documentElement.clientWidth, out = [];
                document.querySelectorAll('.site-header *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width > 0 && e.getClientRects().length > 0 && getComputedStyle(e).position !== 'absolute'
                      && (r.left < -0.5 || r.right > w + 0.5)) out.push(e.outerHTML.slice(0, 80));
                });
                return out;
                """);
        assertEquals(List.of(), outside, "header parts outside the screen");
        screenshotAround(".site-header", "header-390");
    }

    /**
     * The coverage matrix, wider than a phone, scrolls inside its own box: the page does not scroll
     * sideways, the box stays on the screen, and the quotation column stays put (and wide enough to
     * read) while the outlets scroll under it.
     */
    @Test
    void coverageMatrixScrollsInsideItsBox() throws IOException {
        fixture.browser().viewport(390, 900);
        fixture.open(Origin.HTTP, "index.html");
        Map<String, Object> m = js("""
                var box = document.querySelector('.coverage-scroll'), r = box.getBoundingClientRect();
                var cell = document.querySelector('.coverage-matrix tbody th');
                var before = cell.getBoundingClientRect().left;
                box.scrollLeft = getComputedStyle(box).direction === 'rtl' ? -100 : 100; // negative: right to left
                var after = cell.getBoundingClientRect().left;
                return { page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth,
                         left: r.left, right: r.right, scrolls: box.scrollWidth > box.clientWidth,
                         moved: after - before, column: cell.getBoundingClientRect().width,
                         em: parseFloat(getComputedStyle(cell).fontSize) };
                """);
        assertTrue(num(m.get("page")) <= num(m.get("screen")), "the page scrolls sideways: " + m);
        assertTrue(num(m.get("left")) >= 0 && num(m.get("right")) <= num(m.get("screen")), "the box leaves the screen: " + m);
        if (Boolean.TRUE.equals(m.get("scrolls"))) {
            assertEquals(0.0, num(m.get("moved")), 0.5, "the quotation column scrolls away: " + m);
        }
        assertTrue(num(m.get("column")) >= 10 * num(m.get("em")), "the quotation column is too narrow to read: " + m);
        js("document.querySelector('.coverage-scroll').scrollLeft = 0");
        screenshotAround(".coverage-scroll", "coverage-390");
    }

    /**
     * A shared-passage note never splits a paragraph: on a phone it comes after the paragraph that
     * holds its passage (also when a wide window is narrowed); on a wide screen it stands in the
     * margin beside the text, on the screen.
     */
    @Test
    void sharedPassageNotesSitBetweenParagraphsOrInTheMargin() throws IOException {
        String page = articleWith("shared-note");
        String check = """
                var w = document.documentElement.clientWidth, out = [], mode = arguments[0];
                document.querySelectorAll('.article-body .shared-note').forEach(function (n) {
                  var r = n.getBoundingClientRect(), body = document.querySelector('.article-body').getBoundingClientRect();
                  var p = n.previousElementSibling, inside = n.closest('p') !== null;
                  while (p && p.matches('.shared-note')) p = p.previousElementSibling;
                  var rtl = getComputedStyle(n).direction === 'rtl';
                  var ok = mode === 'between'
                      ? !inside && p && p.matches('p') && r.top >= p.getBoundingClientRect().bottom - 0.5
                      : (rtl ? r.right <= body.left + 0.5 : r.left >= body.right - 0.5);
                  if (!ok || r.left < 0 || r.right > w) out.push(n.textContent + ' at ' + JSON.stringify(r));
                });
                return out;
                """;
        Browser browser = fixture.browser();
        browser.viewport(390, 900);
        fixture.open(Origin.HTTP, page);
        assertEquals(List.of(), js(check, "between"), "notes inside a paragraph at 390px");
        screenshotAround(".shared-note", "note-390");

        browser.viewport(1280, 900);
        fixture.open(Origin.HTTP, page);
        assertEquals(List.of(), js(check, "margin"), "notes not in the margin at 1280px");
        screenshotAround(".shared-note", "note-1280");
        browser.viewport(390, 900);
        fixture.browser().waiting().withMessage("notes move out of their paragraphs when the window narrows")
                .until(d -> ((List<?>) js(check, "between")).isEmpty());
    }

    /**
     * The marker after a shared quotation sits on the line, centred on the text, with a sign
     * besides its number: not a raised number, which a reader takes for a footnote.
     */
    @ParameterizedTest(name = "{0}px")
    @MethodSource("widths")
    void quoteMarkersSitOnTheLine(int width) throws IOException {
        fixture.browser().viewport(width, 900);
        fixture.open(Origin.HTTP, articleWith("quote-marker"));
        List<String> raised = js("""
                var out = [];
                document.querySelectorAll('.article-body .quote-marker').forEach(function (m) {
                  var q = m.previousElementSibling, rects = q.getClientRects(), line = rects[rects.length - 1];
                  var r = m.getBoundingClientRect(), shift = (r.top + r.bottom) / 2 - (line.top + line.bottom) / 2;
                  var va = getComputedStyle(m).verticalAlign, sign = getComputedStyle(m, '::before').content;
                  if (Math.abs(shift) > 0.12 * line.height || /super|top/.test(va) || sign === 'none' || sign === 'normal')
                    out.push(m.textContent + ': ' + shift.toFixed(1) + 'px off its line, ' + va + ', sign ' + sign);
                });
                return out;
                """);
        assertEquals(List.of(), raised, "quotation markers that look like footnotes");
        screenshotAround(".quote-marker", "marker-" + width);
    }

    List<Integer> widths() {
        return WIDTHS;
    }

    /** The "fullest" badge on the quotations page starts with its word: no separator hidden in it. */
    @Test
    void fullestBadgeHasNoGap() throws IOException {
        fixture.browser().viewport(390, 900);
        fixture.open(Origin.HTTP, "quotes.html");
        List<String> gaps = js("""
                var out = [];
                document.querySelectorAll('.badge').forEach(function (b) {
                  var range = document.createRange(); range.selectNodeContents(b);
                  var text = range.getBoundingClientRect(), box = b.getBoundingClientRect(), s = getComputedStyle(b);
                  var rtl = s.direction === 'rtl';
                  var gap = rtl ? box.right - text.right : text.left - box.left;
                  var pad = parseFloat(rtl ? s.paddingRight : s.paddingLeft) + parseFloat(rtl ? s.borderRightWidth : s.borderLeftWidth);
                  if (gap > pad + 1) out.push(b.textContent + ': ' + gap.toFixed(1) + 'px before its word');
                });
                return out;
                """);
        assertFalse(fixture.browser().driver().findElements(By.cssSelector(".badge")).isEmpty(), "the sample has a fullest printing");
        assertEquals(List.of(), gaps);
        screenshotAround(".badge", "badge-390");
    }

    /**
     * Marks are quiet: underlines are at most 1.5px, and a quotation that is highlighted (printed
     * elsewhere too) is not underlined as well.
     */
    @Test
    void marksAreUnderlinedQuietly() {
        fixture.open(Origin.HTTP, articleWith("quote-marker"));
        List<String> loud = js("""
                var out = [];
                document.querySelectorAll('.article-body .quote, .article-body .term').forEach(function (e) {
                  var s = getComputedStyle(e), thick = parseFloat(s.textDecorationThickness);
                  var underlined = s.textDecorationLine.indexOf('underline') >= 0;
                  if (underlined && !(thick <= 1.5)) out.push(e.className + ' ' + s.textDecorationThickness);
                  if (underlined && e.matches('.quote-shared')) out.push('highlighted and underlined: ' + e.textContent.slice(0, 30));
                });
                return out;
                """);
        assertEquals(List.of(), loud);
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

    /**
     * An article prints across the page (an A4 page's width), without the site's header, search,
     * theme toggle, footer, popovers or markers, in dark ink on white even when the screen is dark.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Origin.class)
    void printHidesNavigation(Origin origin) {
        Browser browser = fixture.browser();
        browser.viewport(794, 1123);
        browser.emulate("", "dark");
        fixture.open(origin, articleWith("quote-marker"));
        var driver = browser.driver();
        assertTrue(driver.findElement(By.cssSelector(".site-header nav")).isDisplayed(), "nav shows on screen");
        browser.emulate("print", "dark");
        for (String chrome : List.of(".site-header", ".site-header nav", ".site-search", ".theme-toggle", ".site-footer",
                ".quote-marker", ".quote-popover", ".article-footer")) {
            for (WebElement e : driver.findElements(By.cssSelector(chrome))) {
                assertFalse(e.isDisplayed(), chrome + " shows in print");
            }
        }
        assertTrue(driver.findElement(By.cssSelector(".article-body")).isDisplayed(), "the article must print");
        assertTrue(driver.findElement(By.cssSelector(".article-header .source-line")).isDisplayed(),
                "the source line must print");
        double text = num(js("return document.querySelector('.article-body p').getBoundingClientRect().width"));
        double page = num(js("return document.documentElement.clientWidth"));
        assertTrue(text >= 0.9 * page, "the text prints in a column " + text + "px wide of " + page + "px");
        assertFalse(ReaderTheme.isDark(browser), "a dark screen prints on white");
        double link = ReaderTheme.luminance(browser, "return getComputedStyle(document.querySelector('.article-body a')).color");
        assertTrue(link < 0.05, "links print in dark ink, luminance " + link);
    }
}
