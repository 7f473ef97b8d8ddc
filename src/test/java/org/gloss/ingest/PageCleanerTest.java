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

    @Test
    void aStoryCollapsedBehindAHiddenClassIsKept() {
        Document doc = Jsoup.parse("<body><p>Lead paragraph.</p><div class='hide'><p>" + "The rest of the story. ".repeat(20)
                + "</p></div><p class='hide'>Thanks for reading</p></body>");
        PageCleaner.clean(doc);
        org.junit.jupiter.api.Assertions.assertTrue(doc.body().text().contains("The rest of the story."));
        org.junit.jupiter.api.Assertions.assertFalse(doc.body().text().contains("Thanks for reading"));
    }
}
