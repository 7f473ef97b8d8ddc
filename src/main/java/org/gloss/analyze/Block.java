package org.gloss.analyze;

/**
 * One paragraph or heading of an article as plain text (whitespace collapsed). Blocks are numbered
 * in document order; the renderer numbers the same elements the same way.
 */
public record Block(int index, Kind kind, String text) {

    /** Whether the block is running text or a heading. */
    public enum Kind { PARAGRAPH, HEADING }
}
