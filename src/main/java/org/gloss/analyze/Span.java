package org.gloss.analyze;

/** A range of characters {@code [start, end)} inside block {@code block} of one article. */
public record Span(int block, int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    @Override
    public int compareTo(Span o) {
        if (block != o.block) {
            return Integer.compare(block, o.block);
        }
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
