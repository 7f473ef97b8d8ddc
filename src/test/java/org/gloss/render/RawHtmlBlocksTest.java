package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ArticleTextExtractor;
import org.gloss.analyze.Block;
import org.gloss.analyze.Span;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 14: raw HTML in Markdown cannot forge Gloss's block numbers (and so duplicate
 * {@code id="para-1"}), and a {@code <style>} or {@code <script>} inside a paragraph does not
 * shift the marks placed after it.
 */
class RawHtmlBlocksTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final ArticleTextExtractor extractor = new ArticleTextExtractor();

    @Test
    void contentCannotSupplyABlockNumber() {
        Element body = renderer.toBody("First paragraph.\n\n<p data-block=\"0\" data-gloss-proof=\"x\">forged</p>\n\n"
                + "Second <span data-block=\"1\">inline</span> paragraph.\n");
        List<String> numbers = MarkdownRenderer.blocks(body).stream().map(e -> e.attr("data-block")).toList();
        assertEquals(List.of("0", "1"), numbers);
        assertEquals("First paragraph.", MarkdownRenderer.blocks(body).get(0).text());
        assertFalse(body.html().contains("data-gloss-proof"), body.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<style>p { color: red }</style>", "<script>alert(1)</script>",
        "<STYLE type=\"text/css\">b{}</STYLE>"})
    void marksAfterAnInlineStyleOrScriptLandOnTheirWords(String raw) {
        String markdown = "Before " + raw + " he said \"stop it now\" today.";
        ArticleText text = extractor.extract("a", markdown);
        Block block = text.blocks().get(0);
        int start = block.text().indexOf("stop it now");
        Element body = renderer.toBody(markdown);
        AnnotationWeaver.weave(body, List.of(new Mark(new Span(0, start, start + 11), "q", Map.of(), null)));
        assertEquals("stop it now", body.selectFirst("q").text(), body.html());
        assertFalse(body.html().contains("<script") || body.html().contains("<style"), body.html());
        assertEquals(block.text(), MarkdownRenderer.blocks(body).get(0).text(), "the page shows the words analysed");
    }
}
