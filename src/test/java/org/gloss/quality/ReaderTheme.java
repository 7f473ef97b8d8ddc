package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.By;

/**
 * The ways a reader ends up with a theme: the system's colour scheme alone, or the header's toggle
 * pressed against it. {@link #open} shows a page that way and checks the page really is light or
 * dark, so a test run "in dark mode" cannot pass on a page that stayed light.
 */
enum ReaderTheme {
    LIGHT("light", false, false),
    DARK("dark", false, true),
    DARK_BY_TOGGLE("light", true, true),
    LIGHT_BY_TOGGLE("dark", true, false);

    /** Where theme.js keeps the reader's choice. */
    static final String STORAGE_KEY = "gloss-theme";

    private final String system;
    private final boolean toggled;
    private final boolean dark;

    ReaderTheme(String system, boolean toggled, boolean dark) {
        this.system = system;
        this.toggled = toggled;
        this.dark = dark;
    }

    boolean dark() {
        return dark;
    }

    /** Opens {@code page} with this theme (the system's scheme, then the toggle if pressed) and checks it shows. */
    void open(SiteFixture fixture, Origin origin, String page, String suffix) {
        Browser browser = fixture.browser();
        browser.emulate("", system);
        fixture.open(origin, page, suffix);
        if (forget(browser)) { // an earlier test's choice: start from the system's scheme
            fixture.open(origin, page, suffix);
        }
        if (toggled) {
            browser.driver().findElement(By.cssSelector("[data-gloss-theme-toggle]")).click();
        }
        assertEquals(dark, isDark(browser), page + " should be " + (dark ? "dark" : "light") + " (" + this + ")");
    }

    /** Forgets a choice made with the toggle, so the next page follows the system again; whether there was one. */
    static boolean forget(Browser browser) {
        return (Boolean) browser.js().executeScript("try { var had = localStorage.getItem(arguments[0]) !== null;"
                + " localStorage.removeItem(arguments[0]); return had; } catch (e) { return false; }", STORAGE_KEY);
    }

    /** Whether the page's background is dark: its relative luminance (WCAG) is below that of mid grey. */
    static boolean isDark(Browser browser) {
        return luminance(browser, "return getComputedStyle(document.body).backgroundColor") < 0.18;
    }

    /** The WCAG relative luminance of the CSS colour the script returns ({@code rgb(…)} or {@code rgba(…)}). */
    static double luminance(Browser browser, String script, Object... args) {
        String css = (String) browser.js().executeScript(script, args);
        List<Double> rgb = java.util.Arrays.stream(css.replaceAll("[^0-9.,]", "").split(","))
                .limit(3).map(Double::parseDouble).toList();
        double[] c = rgb.stream().mapToDouble(v -> {
            double s = v / 255;
            return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }).toArray();
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
