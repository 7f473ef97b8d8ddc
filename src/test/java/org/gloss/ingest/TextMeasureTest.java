package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextMeasureTest {

    @Test
    void aContainerWithMostOfThePagesProseHoldsIt() {
        Document doc = Jsoup.parse("<div id=w><p>" + "story ".repeat(50) + "</p></div><div id=s><p>side</p></div>");
        int page = TextMeasure.proseLength(doc.body());
        assertTrue(TextMeasure.holdsMostProse(doc.getElementById("w"), page));
        assertFalse(TextMeasure.holdsMostProse(doc.getElementById("s"), page));
    }

    @Test
    void linkDensityCountsInPageAnchorsAtLessThanFull() {
        Element p = Jsoup.parse("<p><a href='/x'>abcde</a>fghij</p>").selectFirst("p");
        assertEquals(0.5, TextMeasure.linkDensity(p), 1e-9);
        Element q = Jsoup.parse("<p><a href='#x'>abcde</a>fghij</p>").selectFirst("p");
        assertEquals(0.15, TextMeasure.linkDensity(q), 1e-9);
    }

    @Test
    void shortnessIsDecidedWithoutReadingTheWholeText() {
        Element e = Jsoup.parse("<div><p>12345</p><p>67890</p></div>").selectFirst("div");
        assertTrue(TextMeasure.isShorterThan(e, 11));
        assertFalse(TextMeasure.isShorterThan(e, 10));
    }

    @Test
    void anEmbeddedPostIsMostlyItsQuote() {
        Element embed = Jsoup.parse("<div><blockquote><p>" + "words ".repeat(10) + "</p></blockquote><a href=/>x</a></div>").selectFirst("div");
        assertTrue(TextMeasure.embedsPost(embed));
        Element bar = Jsoup.parse("<div><a href=/>Share</a> <a href=/>Tweet</a></div>").selectFirst("div");
        assertFalse(TextMeasure.embedsPost(bar));
    }

    @Test
    void commasOfEveryScriptCount() {
        assertEquals(3, TextMeasure.commas("one, two，three、four"));
        assertEquals(0, TextMeasure.commas("no commas here"));
    }
}
