package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import org.gloss.core.CompactText;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An article's text held as places in its Markdown reads as the blocks the plain extraction made,
 * each its own string ({@link #plainBlocks}, the extractor as it was before the text was held once).
 */
class ArticleTextTest {

    private final ArticleTextExtractor extractor = new ArticleTextExtractor();

    /** The plain reference: every block's text its own string, numbered by {@link ArticleText}. */
    private static List<Block> plainBlocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Paragraph.class, p -> blocks.add(plain(blocks.size(), Block.Kind.PARAGRAPH, p))),
                new VisitHandler<>(Heading.class, h -> blocks.add(plain(blocks.size(), Block.Kind.HEADING, h))));
        visitor.visit(Parser.builder().build().parse(markdown));
        return new ArticleText("a", blocks).blocks();
    }

    private static Block plain(int index, Block.Kind kind, Node node) {
        return new Block(index, kind, ArticleTextExtractor.collapse(new TextCollectingVisitor().collectAndGetText(node)));
    }

    private static final String[] SHAPES = {
        "A plain paragraph, as most are.",
        "## A heading",
        "# Heading with *emphasis*",
        "Setext heading\n---",
        "A paragraph with **strong** and _emphasis_ words.",
        "A [link](https://example.org/x \"title\") in it, and <https://example.org>.",
        "Brackets [the minister] kept as text, and a footnote-like [1].",
        "Escapes \\* and \\_ and entities &amp; &eacute; &#8220;here&#8221;.",
        "A soft\nline break, and a hard  \nbreak.",
        "   Indented up to three spaces.",
        "> A quoted paragraph.",
        "> A quoted paragraph\n> on two lines.",
        "- A list item\n- Another, with `code`",
        "1. First\n2. Second\n\n   with a second paragraph",
        "“Curly quotes,” she said — and an ellipsis… ünïcödé 漢字.",
        "Trailing spaces   ",
        "Text with <span>inline html</span> in it.",
        "<div>\nA block of HTML\n</div>",
        "    indented code is no block",
        "```\nfenced code is no block\n```",
        "![an image](pic.png) and its words",
        "Tabs\tinside\t\ttext.",
        "Repeated words words words.",
        "* * *",
        "",
    };

    @Test
    void blocksAreThePlainExtractionsOnShapesOfMarkdown() {
        for (String shape : SHAPES) {
            assertSameBlocks(shape);
        }
        assertSameBlocks(String.join("\n\n", SHAPES));
    }

    @Test
    void blocksAreThePlainExtractionsOnRandomMarkdown() {
        Random random = new Random(21);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder md = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                md.append(SHAPES[random.nextInt(SHAPES.length)]).append(random.nextBoolean() ? "\n\n" : "\n");
            }
            assertSameBlocks(md.toString());
        }
    }

    @Test
    void aSpanReadsAsTheSameCutOfItsBlock() {
        ArticleText text = extractor.extract("a", String.join("\n\n", SHAPES));
        Random random = new Random(5);
        List<Block> blocks = text.blocks();
        for (Block b : blocks) {
            for (int n = 0; n < 20; n++) {
                int start = random.nextInt(b.text().length() + 1);
                int end = start + random.nextInt(b.text().length() - start + 1);
                assertEquals(b.text().substring(start, end), text.text(new Span(b.index(), start, end)));
            }
        }
    }

    @Test
    void aBlockPrintedAsItIsIsHeldAsItsPlaceInTheMarkdown() {
        String markdown = "# The title\n\nA plain paragraph.\n\n> Quoted.\n\nOne *emphasised* word.";
        ArticleText text = extractor.extract("a", markdown);
        assertEquals(markdown, text.source().toString());
        // Only the paragraph whose text is not in the Markdown as it is keeps a string.
        assertEquals(List.of("One emphasised word."), text.layout().own());
        assertEquals(List.of(0, 1, 2, 3), text.blocks().stream().map(Block::paragraph).toList());
    }

    @Test
    void aLayoutMustFitItsSource() {
        ArticleText.Layout layout = new ArticleTextExtractor().extract("a", "Some words.").layout();
        assertThrows(IllegalArgumentException.class, () -> new ArticleText("a", CompactText.of("Short"), layout));
        assertEquals(new ArticleText("a", CompactText.of("Some words."), layout), extractor.extract("a", "Some words."));
    }

    @Test
    void aTextGivenAsBlocksNumbersThem() {
        ArticleText text = new ArticleText("a", List.of(new Block(0, Block.Kind.HEADING, "Title"),
                new Block(1, Block.Kind.PARAGRAPH, "One."), new Block(2, Block.Kind.PARAGRAPH, "Two.")));
        assertEquals(List.of(new Block(0, Block.Kind.HEADING, "Title", 0), new Block(1, Block.Kind.PARAGRAPH, "One.", 1),
                new Block(2, Block.Kind.PARAGRAPH, "Two.", 2)), text.blocks());
        assertEquals(2, text.paragraph(2));
        assertEquals(0, text.paragraph(3));
    }

    private void assertSameBlocks(String markdown) {
        List<Block> expected = plainBlocks(markdown);
        ArticleText text = extractor.extract("a", markdown);
        assertEquals(expected, text.blocks(), markdown);
        for (Block b : expected) {
            assertEquals(b.paragraph(), text.paragraph(b.index()), markdown);
        }
        assertTrue(text.layout().own().size() <= expected.size());
    }
}
