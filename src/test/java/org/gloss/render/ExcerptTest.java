package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void theFirstParagraphNotAHeading() {
        ArticleText t = new ArticleText("a", List.of(new Block(0, Block.Kind.HEADING, "A heading"),
                new Block(1, Block.Kind.PARAGRAPH, "The first paragraph."), new Block(2, Block.Kind.PARAGRAPH, "The second.")));
        assertEquals("The first paragraph.", Excerpt.of(t));
    }

    @Test
    void aLongParagraphIsCutAtAWord() {
        String s = "word ".repeat(60).strip();
        String cut = Excerpt.cut(s);
        assertEquals(true, cut.endsWith("word…"));
        assertEquals(true, cut.length() <= Excerpt.LENGTH + 1);
    }

    @Test
    void noParagraphNoExcerpt() {
        assertNull(Excerpt.of(new ArticleText("a", List.of(new Block(0, Block.Kind.HEADING, "Only a heading")))));
        assertNull(Excerpt.of(null));
    }
}
