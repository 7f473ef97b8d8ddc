package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ArticleTextExtractor;
import org.gloss.analyze.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AnnotationWeaverTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final ArticleTextExtractor extractor = new ArticleTextExtractor();

    private String weave(String markdown, String needle, String tag) {
        ArticleText text = extractor.extract("a", markdown);
        int block = -1;
        int start = -1;
        for (var b : text.blocks()) {
            start = b.text().indexOf(needle);
            if (start >= 0) {
                block = b.index();
                break;
            }
        }
        Document doc = Jsoup.parseBodyFragment(renderer.toHtml(markdown));
        doc.outputSettings().prettyPrint(false);
        Span span = new Span(block, start, start + needle.length());
        AnnotationWeaver.weave(doc.body(), List.of(new Mark(span, tag, Map.of("class", "x"), "anchor")));
        return doc.body().html().strip();
    }

    @Test
    void wrapsTextInsideOneTextNode() {
        String html = weave("He said \"stop it now\" today.", "stop it now", "span");
        assertEquals("<p data-block=\"0\">He said \"<span class=\"x\" id=\"anchor\">stop it now</span>\" today.</p>", html);
    }

    @Test
    void splitsARangeThatCrossesInlineElementsIntoWellNestedPieces() {
        String html = weave("one *two three* four", "three four", "span");
        assertEquals("<p data-block=\"0\">one <em>two <span class=\"x\" id=\"anchor\">three</span></em>"
                + "<span class=\"x\"> four</span></p>", html);
    }

    @Test
    void countsCollapsedWhitespaceLikeTheAnalysisDoes() {
        String html = weave("first line\nsecond   line here", "second line", "b");
        assertEquals("<p data-block=\"0\">first line\n<b class=\"x\" id=\"anchor\">second   line</b> here</p>", html);
    }

    @Test
    void placesMarksInTheRightBlock() {
        String html = weave("# Title\n\nAlpha beta.\n\nGamma delta.", "delta", "i");
        assertEquals("<h1 data-block=\"0\">Title</h1>\n<p data-block=\"1\">Alpha beta.</p>\n"
                + "<p data-block=\"2\">Gamma <i class=\"x\" id=\"anchor\">delta</i>.</p>", html);
    }

    @Test
    void dropsABlockNumberThatRawHtmlForged() {
        String html = weave("Alpha beta.\n\n<p data-block=\"x\">forged</p>\n\nGamma delta.", "delta", "i");
        assertEquals("<p data-block=\"0\">Alpha beta.</p>\n<p>forged</p>\n"
                + "<p data-block=\"1\">Gamma <i class=\"x\" id=\"anchor\">delta</i>.</p>", html);
    }
}
