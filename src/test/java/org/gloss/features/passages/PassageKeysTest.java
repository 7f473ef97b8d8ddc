package org.gloss.features.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.Span;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMetadata;
import org.gloss.render.MarkTemplates;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: an article page's key holds what its passage note shows (the dozen others it names,
 * and how many there are), not every article that prints the passage: otherwise keying the pages
 * of wire copy printed in thousands of articles is quadratic.
 */
class PassageKeysTest {

    @Test
    void anArticlePagesKeyDoesNotGrowWithTheArticlesThatPrintItsPassage() {
        List<Object> few = firstArticleKey(40);
        List<Object> many = firstArticleKey(4_000);
        assertEquals(few.size(), many.size());
        assertTrue(many.size() <= 4 + 2 * MarkTemplates.OTHERS_LISTED, "key of " + many.size() + " values");
        assertNotEquals(few, many, "how many others print it is in the key");
    }

    private static List<Object> firstArticleKey(int printings) {
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < printings; a++) {
            ArticleMetadata md = new ArticleMetadata("Report " + a, "Outlet " + a, null, LocalDate.of(2024, 2, 1),
                    null, null, null, null, null);
            articles.add(new Article("a" + a, "a" + a + ".md", md, "body", List.of(), List.of()));
        }
        List<SharedPassage> passages = new ArrayList<>();
        for (int a = 0; a < printings; a++) {
            List<SharedPassage.Elsewhere> elsewhere = new ArrayList<>();
            for (int b = 0; b < printings && a < 2; b++) {
                if (b != a) {
                    elsewhere.add(new SharedPassage.Elsewhere("a" + b, new Span(1, 0, 40), 1.0));
                }
            }
            passages.add(new SharedPassage("a" + a, new Span(1, 0, 40), "The same wire copy.", elsewhere));
        }
        List<Object> key = new ArrayList<>();
        new PassageKeys(articles, passages).addArticleKey(articles.get(0), key);
        return key;
    }
}
