package org.gloss.analyze;

/**
 * One paragraph or heading of an article as plain text (whitespace collapsed). Blocks are numbered
 * in document order ({@code index}, the renderer's {@code data-block}); {@code paragraph} is the
 * number a reader cites (¶ N): paragraphs, list items and quoted paragraphs count from 1 in order,
 * headings are 0 and do not count. {@link ArticleText} assigns it, so every output cites the same.
 */
public record Block(int index, Kind kind, String text, int paragraph) {

    /** Whether the block is running text or a heading. */
    public enum Kind { PARAGRAPH, HEADING }

    /** A block whose citation number {@link ArticleText} will assign. */
    public Block(int index, Kind kind, String text) {
        this(index, kind, text, 0);
    }

    /** Whether the block carries a citation number (it is not a heading). */
    public boolean numbered() {
        return paragraph > 0;
    }
}
