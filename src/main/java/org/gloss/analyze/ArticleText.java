package org.gloss.analyze;

import java.util.List;

/** An article's body as numbered plain-text blocks: what quotation and glossary analysis read. */
public record ArticleText(String articleId, List<Block> blocks) {
    public ArticleText {
        blocks = List.copyOf(blocks);
    }

    /** The text of {@code span}. */
    public String text(Span span) {
        return blocks.get(span.block()).text().substring(span.start(), span.end());
    }
}
