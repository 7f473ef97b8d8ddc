package org.gloss.render;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ArticleTextExtractor;
import org.gloss.analyze.Block;
import org.gloss.analyze.Span;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteExtractor;
import org.jsoup.nodes.Element;

/**
 * Fuzzes the render stage from article Markdown: sanitising, block numbering and weaving. Every
 * page body must be free of script, style, frames and event handlers, carry each block number
 * once, and place every quotation's marks exactly as the old one-mark-at-a-time weaver did.
 * Seeds: {@code src/test/resources/org/gloss/render/RenderFuzzTestInputs/render/}.
 */
class RenderFuzzTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final ArticleTextExtractor text = new ArticleTextExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();

    @FuzzTest(maxDuration = "10m")
    void render(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        ArticleText article = text.extract("fuzz", markdown);
        List<Mark> marks = new ArrayList<>();
        for (Quote q : quotes.extract(article)) {
            for (Span s : q.parts()) {
                marks.add(new Mark(s, "q", Map.of("data-quote-cluster", "c"), "q" + marks.size()));
            }
        }
        for (Block b : article.blocks()) {
            int len = b.text().length();
            marks.add(new Mark(new Span(b.index(), len / 3, len - len / 3), "a", Map.of("data-term", "t"), null));
        }
        Element expected = renderer.toBody(markdown);
        Element actual = renderer.toBody(markdown);
        OneMarkAtATimeWeaver.weave(MarkdownRenderer.blocks(expected), marks);
        AnnotationWeaver.weave(actual, marks);
        if (!expected.html().equals(actual.html())) {
            throw new AssertionError("weavers differ:\n" + expected.html() + "\n" + actual.html());
        }
        if (!actual.select("script, style, iframe, object, embed, form, [data-gloss-proof]").isEmpty()
                || actual.getAllElements().stream().anyMatch(e -> e.attributes().asList().stream()
                        .anyMatch(a -> a.getKey().startsWith("on") || (a.getKey().matches("href|src")
                                && a.getValue().strip().toLowerCase().startsWith("javascript:"))))) {
            throw new AssertionError("unsafe markup survived: " + actual.html());
        }
        Set<String> numbers = new HashSet<>();
        for (Element block : MarkdownRenderer.blocks(actual)) {
            if (!numbers.add(block.attr(MarkdownRenderer.BLOCK_ATTR))) {
                throw new AssertionError("block number twice: " + actual.html());
            }
        }
    }
}
