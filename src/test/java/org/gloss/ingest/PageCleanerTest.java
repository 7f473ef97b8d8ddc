package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageCleanerTest {

    @Test
    void dropsWhatNoReaderSees() {
        Document doc = Jsoup.parse("<body><p>seen</p><p hidden>a</p><p style='display: none'>b</p>"
                + "<p style='visibility:hidden'>c</p><p class='sr-only'>d</p><p aria-hidden='true'>e</p>"
                + "<script>f()</script><!-- g --><p class='hidden-xs'>shown on desktops</p></body>");
        PageCleaner.clean(doc);
        assertEquals("seen shown on desktops", doc.body().text());
    }
}
