package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dark theme: pages follow the system's colour scheme; the header's toggle switches theme and
 * is remembered from page to page, from a server and from disk; a remembered choice is in force
 * before the page's body exists (no flash of the other theme); without JavaScript the system
 * still decides and the toggle, which could do nothing, is not shown.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeTest {

    /** Records, the moment {@code <body>} is parsed, which theme {@code <html>} carries by then. */
    private static final String RECORD_THEME_AT_BODY = """
            new MutationObserver(function (changes, observer) {
              if (document.body) {
                window.glossThemeAtBody = document.documentElement.getAttribute('data-theme') || 'none';
                observer.disconnect();
              }
            }).observe(document, { childList: true, subtree: true });
            """;

    private SiteFixture fixture;

    @BeforeAll
    void start() {
        fixture = SiteFixture.start();
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @AfterEach
    void reset() {
        ReaderTheme.forget(fixture.browser());
        fixture.browser().emulate("", "");
        fixture.browser().scripts(true);
    }

    private WebElement toggle() {
        return fixture.browser().driver().findElement(By.cssSelector("[data-gloss-theme-toggle]"));
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void pagesFollowTheSystem(Origin origin) {
        for (String scheme : List.of("dark", "light")) {
            fixture.browser().emulate("", scheme);
            fixture.open(origin, fixture.site().firstArticle());
            assertEquals(scheme.equals("dark"), ReaderTheme.isDark(fixture.browser()), "system " + scheme);
            assertTrue(toggle().isDisplayed(), "the toggle shows when the script runs");
            assertEquals(scheme.equals("dark") ? "true" : "false", toggle().getAttribute("aria-pressed"));
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void theToggleIsRememberedOnEveryPage(Origin origin) {
        Browser browser = fixture.browser();
        browser.emulate("", "light");
        fixture.open(origin, "index.html");
        if (ReaderTheme.forget(browser)) {
            fixture.open(origin, "index.html");
        }
        assertFalse(ReaderTheme.isDark(browser));
        toggle().click();
        assertTrue(ReaderTheme.isDark(browser), "the toggle turns the page dark");
        assertEquals("true", toggle().getAttribute("aria-pressed"));

        // Another page, in another folder: dark before its body is even parsed.
        browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_THEME_AT_BODY));
        fixture.open(origin, fixture.site().firstArticle());
        assertEquals("dark", browser.js().executeScript("return window.glossThemeAtBody"),
                "the remembered theme is set before the body is drawn");
        assertTrue(ReaderTheme.isDark(browser), "the choice holds on the next page");

        // Pressing it again chooses what the system shows: the page follows the system from then on.
        toggle().click();
        assertFalse(ReaderTheme.isDark(browser));
        fixture.open(origin, "glossary.html");
        assertEquals("none", browser.js().executeScript("return window.glossThemeAtBody"));
        browser.emulate("", "dark");
        assertTrue(ReaderTheme.isDark(browser), "back to following the system");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void withoutJavaScriptTheSystemDecidesAndNoToggleShows(Origin origin) {
        Browser browser = fixture.browser();
        browser.scripts(false);
        browser.emulate("", "dark");
        fixture.open(origin, fixture.site().firstArticle());
        assertNull(browser.js().executeScript("return document.documentElement.getAttribute('data-theme')"));
        assertTrue(ReaderTheme.isDark(browser), "the system's dark scheme applies without the script");
        assertFalse(toggle().isDisplayed(), "a toggle that cannot work is hidden");
    }
}
