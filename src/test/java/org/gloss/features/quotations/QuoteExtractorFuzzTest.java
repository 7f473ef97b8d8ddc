package org.gloss.features.quotations;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ArticleTextExtractor;
import org.gloss.analyze.Span;

/**
 * Fuzzes quotation extraction through the public {@code extract} APIs, from article Markdown to
 * quotes. It must never throw, and every quote must point at text that exists in its block.
 * Seeds: {@code src/test/resources/org/gloss/analyze/QuoteExtractorFuzzTestInputs/extract/}.
 */
class QuoteExtractorFuzzTest {

    private final ArticleTextExtractor text = new ArticleTextExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();

    @FuzzTest(maxDuration = "10m")
    void extract(byte[] input) {
        ArticleText article = text.extract("fuzz", new String(input, StandardCharsets.UTF_8));
        for (Quote q : quotes.extract(article)) {
            if (q.text() == null || q.text().isEmpty() || !q.articleId().equals("fuzz")) {
                throw new AssertionError("quote without text or with a foreign article: " + q);
            }
            for (Span s : q.parts()) {
                if (s.block() < 0 || s.block() >= article.blocks().size()) {
                    throw new AssertionError("quote in a block that does not exist: " + q);
                }
                String block = article.blocks().get(s.block()).text();
                if (s.start() < 0 || s.start() > s.end() || s.end() > block.length()) {
                    throw new AssertionError("quote span outside its block: " + q + " in " + block);
                }
            }
        }
    }
}
