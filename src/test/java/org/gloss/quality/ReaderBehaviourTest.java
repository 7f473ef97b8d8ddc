package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What a reader does on an article page, in Chromium, from a server and from disk: glossary
 * popovers on hover, keyboard focus and tap; shared-quotation markers leading to the same words in
 * another article. The markup and behaviour asserted here are the contract glossary.js and
 * quotes.js were written against; those tests carry the {@code contract} tag.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderBehaviourTest {

    private static final String MENTION = "a.term[data-term]";
    private static final String MARKER = "a.quote-marker[data-quote-cluster]";

    /** How a reader reaches a glossary mention. */
    enum Trigger { HOVER, FOCUS, TAP }

    private SiteFixture fixture;
    private JsonNode annotations;

    /** The interface language the sample site is built in (null: as {@code site.yml} says). */
    String language() {
        return null;
    }

    @BeforeAll
    void start() throws IOException {
        fixture = SiteFixture.start(language());
        annotations = new ObjectMapper().readTree(
                Files.readString(fixture.site().root().resolve("data/annotations.json")));
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private WebDriver driver() {
        return fixture.browser().driver();
    }

    static Stream<Arguments> originsAndTriggers() {
        List<Arguments> all = new ArrayList<>();
        for (Origin o : Origin.values()) {
            for (Trigger t : Trigger.values()) {
                all.add(Arguments.of(o, t));
            }
        }
        return all.stream();
    }

    @Tag("contract")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("originsAndTriggers")
    void glossaryPopoverOpensAndEscapeClosesIt(Origin origin, Trigger trigger) {
        String page = firstPageWith(MENTION);
        fixture.open(origin, page);
        String url = driver().getCurrentUrl();
        new Actions(driver()).moveToLocation(1, 1).perform();
        WebElement mention = driver().findElement(By.cssSelector(MENTION));
        String term = mention.getAttribute("data-term");
        assertTrue(mention.getAttribute("href").matches(".*glossary\\.html#term-.+"), mention.getAttribute("href"));

        reach(mention, trigger);
        WebElement popover = fixture.browser().waiting()
                .withMessage("a visible .gloss-popover after " + trigger + " on " + term)
                .until(d -> visible(d, ".gloss-popover"));
        assertEquals("tooltip", popover.getAttribute("role"));
        assertNotNull(popover.getAttribute("id"), "the popover needs an id for aria-describedby");
        assertEquals(popover.getAttribute("id"), mention.getAttribute("aria-describedby"));
        assertTrue(popover.getText().contains(explanationOf(term)),
                "popover for " + term + " says: " + popover.getText());
        assertEquals(url, driver().getCurrentUrl(), trigger + " must not leave the page");

        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        fixture.browser().waiting().withMessage("Escape to hide the glossary popover")
                .until(d -> visible(d, ".gloss-popover") == null);
    }

    @Tag("contract")
    @ParameterizedTest
    @EnumSource(Origin.class)
    void sharedQuotationMarkerLeadsToTheSameQuotationHighlighted(Origin origin) {
        String page = firstPageWith(MARKER);
        fixture.open(origin, page);
        WebElement marker = driver().findElement(By.cssSelector(MARKER));
        String cluster = marker.getAttribute("data-quote-cluster");

        marker.click();
        WebElement popover = fixture.browser().waiting()
                .withMessage("a visible .quote-popover after clicking the marker of " + cluster)
                .until(d -> visible(d, ".quote-popover"));
        List<WebElement> links = popover.findElements(By.cssSelector("a[href*='#']"));
        assertFalse(links.isEmpty(), "the quote popover lists no printing: " + popover.getText());
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        fixture.browser().waiting().withMessage("Escape to close the quote popover")
                .until(d -> visible(d, ".quote-popover") == null);

        marker.sendKeys(Keys.ENTER);
        popover = fixture.browser().waiting().withMessage("a .quote-popover after Enter on the marker")
                .until(d -> visible(d, ".quote-popover"));
        String here = driver().getCurrentUrl();
        WebElement elsewhere = popover.findElements(By.cssSelector("a[href*='#']")).stream()
                .filter(a -> !a.getAttribute("href").startsWith(here.split("#")[0] + "#"))
                .findFirst().orElseThrow(() -> new AssertionError("no link to another article"));
        String href = elsewhere.getAttribute("href");
        String quoteId = href.substring(href.indexOf('#') + 1);
        elsewhere.click();

        fixture.browser().waiting().until(d -> d.getCurrentUrl().equals(href));
        assertNotEquals(here.split("#")[0], href.split("#")[0], "the marker must lead to another article");
        @SuppressWarnings("unchecked")
        Map<String, Object> target = fixture.browser().waiting()
                .withMessage("element #" + quoteId + " with class is-highlighted").until(d -> (Map<String, Object>) fixture.browser().js()
                .executeScript("var e = document.getElementById(arguments[0]);"
                        + "return e && e.classList.contains('is-highlighted') ? "
                        + "{cluster: e.getAttribute('data-quote-cluster')} : null;", quoteId));
        assertEquals(cluster, target.get("cluster"), "the link must lead to the same quotation");
    }

    /**
     * A reader types a glossary term into the header's search box, on a page opened from a server
     * or straight from disk: the results list an article that mentions it, and the result leads
     * to a place that exists in that article.
     */
    @ParameterizedTest
    @EnumSource(Origin.class)
    void searchFindsATermOffline(Origin origin) {
        JsonNode entry = null;
        for (JsonNode e : annotations.path("glossary")) {
            if (e.path("mentions").size() > 0) {
                entry = e;
                break;
            }
        }
        assertNotNull(entry, "the sample glossary has a term the articles mention");
        String term = entry.path("term").asText();
        List<String> mentioning = new ArrayList<>();
        entry.path("mentions").forEach(m -> mentioning.add("articles/" + m.path("article").asText() + ".html"));

        fixture.open(origin, "index.html");
        WebElement box = driver().findElement(By.cssSelector("form.site-search[data-gloss-search] input[type=search]"));
        box.sendKeys(term, Keys.ENTER);
        List<WebElement> results = fixture.browser().waiting()
                .withMessage("search results for " + term)
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("#search-results a[href]"));
                    return found.isEmpty() ? null : found;
                });
        // The header's plain GET form leads to search.html?q=…, from disk as from a server.
        assertEquals(fixture.url(origin, "search.html") + "?q=" + formEncoded(term), driver().getCurrentUrl());
        assertFalse(driver().findElements(By.cssSelector("#search-results mark")).isEmpty(), "matches are marked");
        WebElement hit = results.stream()
                .filter(a -> mentioning.stream().anyMatch(p -> a.getAttribute("href").contains(p)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + term + " links to an article mentioning it"));
        String href = hit.getAttribute("href");
        hit.click();
        fixture.browser().waiting().until(d -> d.getCurrentUrl().equals(href));
        if (href.contains("#")) {
            String id = href.substring(href.indexOf('#') + 1);
            assertFalse(driver().findElements(By.id(id)).isEmpty(), "the result's target #" + id + " exists");
        }
    }

    /**
     * A link to {@code search.html?q=…}, opened from a server or from disk, shows the results at
     * once: the query in the box, the matched words of the results in {@code <mark>}, each
     * result's text cut to an excerpt.
     */
    @ParameterizedTest
    @EnumSource(Origin.class)
    void searchPageRunsTheQueryInItsAddress(Origin origin) {
        String word = "Idlib";
        fixture.open(origin, "search.html", "?q=" + word);
        List<WebElement> marks = waitForMarks(word);
        assertEquals(word, driver().findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase(java.util.Locale.ROOT).startsWith("idlib")),
                "only the matched word is marked: " + marks.stream().map(WebElement::getText).toList());
        assertTrue(driver().findElement(By.id("search-status")).getText().contains(word));
        for (WebElement snippet : driver().findElements(By.cssSelector("#search-results .search-snippet"))) {
            assertTrue(snippet.getText().split("\\s+").length <= 32, "an excerpt, not the paragraph: " + snippet.getText());
        }
    }

    /** An older link, {@code search.html#q=…}, still searches, and the address becomes {@code ?q=…}. */
    @ParameterizedTest
    @EnumSource(Origin.class)
    void anOldHashLinkStillSearches(Origin origin) {
        fixture.open(origin, "search.html", "#q=Jeffrey");
        waitForMarks("Jeffrey");
        assertEquals(fixture.url(origin, "search.html") + "?q=Jeffrey", driver().getCurrentUrl());
    }

    /**
     * Typing in the search page's box updates the results and the address as it goes, so the
     * result page can be linked: opening that address again shows the same results.
     */
    @ParameterizedTest
    @EnumSource(Origin.class)
    void typingUpdatesTheResultsAndTheAddress(Origin origin) {
        fixture.open(origin, "search.html");
        assertTrue(driver().findElements(By.cssSelector("#search-results li")).isEmpty());
        WebElement box = driver().findElement(By.id("search-q"));
        box.sendKeys("Security Council");
        waitForMarks("Security", "Council");
        String expected = fixture.url(origin, "search.html") + "?q=Security+Council";
        fixture.browser().waiting().withMessage("the address follows the box")
                .until(d -> d.getCurrentUrl().equals(expected));
        List<String> results = resultHrefs();

        box.sendKeys(Keys.ENTER);
        assertEquals(expected, driver().getCurrentUrl(), "Enter keeps the page and its address");
        fixture.open(origin, "search.html", "?q=Security+Council");
        waitForMarks("Security", "Council");
        assertEquals(results, resultHrefs(), "the linked address shows the same results");

        box = driver().findElement(By.id("search-q"));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        fixture.browser().waiting().withMessage("an empty box clears the results and the query")
                .until(d -> d.findElements(By.cssSelector("#search-results li")).isEmpty()
                        && d.getCurrentUrl().equals(fixture.url(origin, "search.html")));
    }

    /**
     * Indexed text that looks like markup stays text in the results: a copy of the search page
     * whose index holds a label and a paragraph with an {@code <img onerror>} and a
     * {@code <script>} shows them as words, with only the matched word in {@code <mark>}.
     */
    @ParameterizedTest
    @EnumSource(Origin.class)
    void resultTextThatLooksLikeMarkupStaysText(Origin origin) throws IOException {
        String hostile = "<img src=x onerror=\"window.GLOSS_INJECTED=1\">";
        String page = hostileSearchPage(hostile);
        fixture.open(origin, page, "?q=hostile");
        List<WebElement> marks = waitForMarks("hostile");
        assertEquals(2, marks.size(), "the word in the label and in the text");
        WebElement results = driver().findElement(By.id("search-results"));
        assertTrue(results.findElements(By.cssSelector("img, script")).isEmpty(),
                "no element from indexed text: " + results.getAttribute("innerHTML"));
        assertTrue(results.getText().contains(hostile), results.getText());
        assertTrue(results.getText().contains("<script>window.GLOSS_INJECTED=2</script>"), results.getText());
        assertEquals(null, fixture.browser().js().executeScript("return window.GLOSS_INJECTED === undefined ? null : window.GLOSS_INJECTED"));
    }

    /** A copy of search.html in its own folder, with assets whose index is {@code hostile}'s. */
    private String hostileSearchPage(String hostile) throws IOException {
        java.nio.file.Path root = fixture.site().root();
        java.nio.file.Path dir = root.resolve("hostile");
        Files.createDirectories(dir.resolve("assets"));
        try (Stream<java.nio.file.Path> assets = Files.list(root.resolve("assets"))) {
            for (java.nio.file.Path a : assets.toList()) {
                Files.copy(a, dir.resolve("assets").resolve(a.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(root.resolve("search.html"), dir.resolve("search.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> docs = List.of(
                Map.of("kind", "quote", "label", hostile + " Hostile Speaker", "speaker", hostile + " Hostile Speaker",
                        "href", "articles/x.html#q1", "context", hostile, "text", "said nothing"),
                Map.of("kind", "paragraph", "label", hostile, "href", "articles/x.html#para-1",
                        "text", "A hostile paragraph " + hostile + " and <script>window.GLOSS_INJECTED=2</script> after."));
        Files.writeString(dir.resolve("assets/search-index.js"), "var GLOSS_SEARCH_DOCS = " + json.writeValueAsString(docs) + ";\n");
        return "hostile/search.html";
    }

    /** Waits for marked matches in the results, each one of {@code words} (ignoring case). */
    private List<WebElement> waitForMarks(String... words) {
        return fixture.browser().waiting()
                .withMessage("results with <mark> for " + String.join(" ", words))
                .until(d -> {
                    List<WebElement> marks = d.findElements(By.cssSelector("#search-results mark"));
                    return !marks.isEmpty() && marks.stream().allMatch(m -> List.of(words).stream()
                            .anyMatch(w -> m.getText().toLowerCase(java.util.Locale.ROOT)
                                    .startsWith(w.toLowerCase(java.util.Locale.ROOT)))) ? marks : null;
                });
    }

    private List<String> resultHrefs() {
        return driver().findElements(By.cssSelector("#search-results a[href]")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    private static String formEncoded(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void reach(WebElement mention, Trigger trigger) {
        switch (trigger) {
            case HOVER -> new Actions(driver()).moveToElement(mention).perform();
            case FOCUS -> tabTo(mention);
            case TAP -> tap(mention);
        }
    }

    /** Presses Tab, as a keyboard reader would, until {@code target} has focus. */
    private void tabTo(WebElement target) {
        for (int i = 0; i < 500; i++) {
            new Actions(driver()).sendKeys(Keys.TAB).perform();
            if (target.equals(driver().switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target.getText());
    }

    /**
     * A finger tap on the element's centre through Chromium's touch input (touch emulation on), which
     * fires touchstart/touchend and then the compatibility mouse events and click, as a phone does.
     */
    private void tap(WebElement el) {
        var browser = fixture.browser();
        browser.cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
        try {
            browser.js().executeScript("arguments[0].scrollIntoView({block: 'center'})", el);
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) browser.js().executeScript(
                    "var r = arguments[0].getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2};",
                    el);
            Map<String, Object> point = Map.of("x", r.get("x"), "y", r.get("y"));
            browser.cdp("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
            browser.cdp("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
        } finally {
            browser.cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        }
    }

    private static WebElement visible(WebDriver d, String selector) {
        return d.findElements(By.cssSelector(selector)).stream()
                .filter(e -> e.getDomAttribute("hidden") == null && e.isDisplayed()
                        && e.getSize().getWidth() > 0 && e.getSize().getHeight() > 0)
                .findFirst().orElse(null);
    }

    private String firstPageWith(String selector) {
        return fixture.site().pages().stream()
                .filter(p -> p.startsWith("articles/"))
                .filter(p -> !org.jsoup.Jsoup.parse(read(p)).select(selector).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no article of the sample site has " + selector));
    }

    private String read(String page) {
        try {
            return Files.readString(fixture.site().root().resolve(page));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the popover must say: the term's expansion, else the start of its definition. */
    private String explanationOf(String term) {
        for (JsonNode e : annotations.path("glossary")) {
            if (term.equals(e.path("term").asText())) {
                if (!e.path("expansion").isNull() && !e.path("expansion").asText().isBlank()) {
                    return e.path("expansion").asText();
                }
                String[] words = e.path("definition").asText().replaceAll("[*_`\\[\\]]", "").split("\\s+");
                return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
            }
        }
        throw new AssertionError("term " + term + " is not in annotations.json");
    }
}
