package org.gloss.features.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ArticleTextExtractor;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteExtractor;
import org.junit.jupiter.api.Test;

class SharedPassageFinderTest {

    private static List<SharedPassage> find(String... bodies) {
        List<ArticleText> texts = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            ArticleText t = new ArticleTextExtractor().extract("a" + i, bodies[i]);
            texts.add(t);
            quotes.addAll(new QuoteExtractor().extract(t));
        }
        return new SharedPassageFinder().find(texts, quotes);
    }

    @Test
    void findsAnUnquotedSentenceTwoArticlesShare() {
        List<SharedPassage> p = find(
                "Intro one. Jeffrey said Moscow could change its policies and meet the requirements of the"
                        + " international community without ousting Assad. \"Those requirements are fair.\"",
                "Jeffrey said Moscow could change its policies and meet the requirements of the international"
                        + " community without ousting Assad.\n\nSomething else entirely happened in the north today.");
        assertEquals(2, p.size());
        SharedPassage first = p.get(0);
        assertEquals("a0", first.articleId());
        assertTrue(first.text().startsWith("Jeffrey said Moscow"), first.text());
        assertTrue(first.text().endsWith("Assad."), first.text());
        assertEquals("a1", first.elsewhere().get(0).articleId());
    }

    @Test
    void quotedWordsAreNotSharedCopy() {
        String quote = "\"We are seeing not just the Russians but Iranians and Hezbollah actively involved,\"";
        List<SharedPassage> p = find(quote + " Jeffrey said.", quote + " the envoy said.");
        assertTrue(p.isEmpty());
    }

    @Test
    void differentSentencesAreNotShared() {
        assertTrue(find("The port stayed closed for a fifth day as talks with the government stalled.",
                "The union said its members would vote on the offer at a meeting next week.").isEmpty());
    }
}
