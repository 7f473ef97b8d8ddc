package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.gloss.analyze.ArticleTextExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final String MD = """
            # Heading

            First paragraph with a [link](https://example.com/x).

            > A quoted paragraph.

            ## Sub

            Last paragraph.
            """;

    @Test
    void numbersTheSameBlocksTheAnalysisReads() {
        Document doc = Jsoup.parse(new MarkdownRenderer().toHtml(MD));
        var blocks = new ArticleTextExtractor().extract("a", MD).blocks();
        var elements = doc.select("[data-block]");
        assertEquals(blocks.size(), elements.size());
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(String.valueOf(i), elements.get(i).attr("data-block"));
            assertEquals(blocks.get(i).text(), elements.get(i).text());
        }
    }

    @Test
    void rawHtmlInMarkdownIsSanitised() {
        String html = new MarkdownRenderer().toHtml("Hi <script>alert(1)</script> <a href=\"javascript:x()\">y</a>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
    }
}
