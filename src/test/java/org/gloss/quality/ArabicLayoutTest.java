package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * LayoutTest on the sample site with its interface in Arabic: right-to-left pages
 * ({@code dir="rtl"}) must pass the same checks.
 */
@BrowserTest
class ArabicLayoutTest extends LayoutTest {

    @Override
    String language() {
        return "ar";
    }

    /** The pages really are right to left: the whole page, not only its attribute. */
    @Test
    void pagesRunRightToLeft() {
        SiteFixture f = fixture();
        for (String page : java.util.List.of("index.html", f.site().firstArticle(), "search.html")) {
            f.open(Origin.HTTP, page);
            assertEquals("rtl", f.browser().js().executeScript("return document.documentElement.dir"), page);
            assertEquals("ar", f.browser().js().executeScript("return document.documentElement.lang"), page);
            assertEquals("rtl", f.browser().js().executeScript("return getComputedStyle(document.body).direction"), page);
        }
    }
}
