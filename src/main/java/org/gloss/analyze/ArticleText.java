package org.gloss.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gloss.core.CompactText;

/**
 * An article's body as numbered plain-text blocks: what quotation and glossary analysis read. It is
 * the one place paragraph numbers for citation are decided ({@link Block#paragraph}): every block
 * that is not a heading counts, in document order, so the article page's {@code #p-N}, the
 * glossary, search, the quotations page and the packet all cite the same ¶ N.
 *
 * <p>The text is held once: a block whose plain text is printed as it is in the article's
 * Markdown ({@code source}, the article's own body, the same object) is its place there, and only a
 * block whose text differs from its Markdown (emphasis, links, escapes, line breaks) keeps a
 * string of its own ({@link Layout}). Every analysis is kept until the link, and every article's
 * body until the pages are made; holding the blocks as strings besides was a quarter of the live
 * set at the link (docs/PERFORMANCE.md, "Memory"). A block's text is cut from the source when it
 * is asked for (the source made a string once for all the blocks asked for together).
 *
 * @param source the Markdown the blocks were read from (empty when they were given as text)
 */
public record ArticleText(String articleId, CompactText source, Layout layout) {

    public ArticleText {
        layout.check(source.length());
    }

    /** The text of {@code blocks}, numbered for citation, each holding its own string. */
    public ArticleText(String articleId, List<Block> blocks) {
        this(articleId, CompactText.of(""), Layout.of(blocks));
    }

    /**
     * Where each block's text is: per block its citation number (0 for a heading), then either its
     * start and end in the source, or, for a block with a string of its own, {@code -1 - k} and 0,
     * {@code k} its place in {@code own}.
     */
    public record Layout(int[] places, List<String> own) {

        private static final int PER_BLOCK = 3;

        public Layout {
            places = places.clone();
            own = List.copyOf(own);
        }

        @Override
        public int[] places() {
            return places.clone();
        }

        /** The places of {@code blocks}, given as text, with their citation numbers assigned. */
        static Layout of(List<Block> blocks) {
            Builder b = new Builder();
            blocks.forEach(block -> b.own(block.kind(), block.text()));
            return b.build();
        }

        int size() {
            return places.length / PER_BLOCK;
        }

        int paragraph(int block) {
            return places[block * PER_BLOCK];
        }

        private void check(int sourceLength) {
            if (places.length % PER_BLOCK != 0) {
                throw new IllegalArgumentException("block places come in threes: " + places.length);
            }
            int n = 0;
            for (int i = 0; i < size(); i++) {
                int paragraph = places[i * PER_BLOCK], start = places[i * PER_BLOCK + 1], end = places[i * PER_BLOCK + 2];
                if (paragraph != 0 && paragraph != ++n) {
                    throw new IllegalArgumentException("block " + i + " is numbered " + paragraph + ", not " + n);
                }
                boolean inSource = start >= 0 && start <= end && end <= sourceLength;
                boolean ownText = start < 0 && end == 0 && -1 - start < own.size();
                if (!inSource && !ownText) {
                    throw new IllegalArgumentException("block " + i + " is nowhere: " + start + ".." + end);
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Layout l && Arrays.equals(places, l.places) && own.equals(l.own);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(places) + own.hashCode();
        }

        @Override
        public String toString() {
            return "Layout" + Arrays.toString(places) + own;
        }

        /** Blocks added in document order, numbered as they come. */
        static final class Builder {
            private int[] places = new int[PER_BLOCK * 16];
            private int size;
            private int paragraphs;
            private final List<String> own = new ArrayList<>();

            /** A block printed as it is in the source, from {@code start} to {@code end}. */
            void inSource(Block.Kind kind, int start, int end) {
                add(kind, start, end);
            }

            /** A block whose text is not printed as it is in the source. */
            void own(Block.Kind kind, String text) {
                own.add(text);
                add(kind, -own.size(), 0);
            }

            private void add(Block.Kind kind, int start, int end) {
                if (size == places.length) {
                    places = Arrays.copyOf(places, places.length * 2);
                }
                places[size++] = kind == Block.Kind.HEADING ? 0 : ++paragraphs;
                places[size++] = start;
                places[size++] = end;
            }

            Layout build() {
                return new Layout(Arrays.copyOf(places, size), own);
            }
        }
    }

    /** The blocks, in document order, each with its text cut from the source. */
    public List<Block> blocks() {
        String markdown = source.toString();
        Block[] out = new Block[layout.size()];
        for (int i = 0; i < out.length; i++) {
            int paragraph = layout.paragraph(i);
            out[i] = new Block(i, paragraph == 0 ? Block.Kind.HEADING : Block.Kind.PARAGRAPH,
                    blockText(markdown, i), paragraph);
        }
        return List.of(out);
    }

    /** The text of {@code span}. */
    public String text(Span span) {
        int at = span.block() * Layout.PER_BLOCK;
        int start = layout.places[at + 1];
        if (start < 0) {
            return layout.own.get(-1 - start).substring(span.start(), span.end());
        }
        if (span.start() < 0 || span.start() > span.end() || start + span.end() > layout.places[at + 2]) {
            throw new StringIndexOutOfBoundsException("span " + span + " outside block " + span.block());
        }
        return source.toString().substring(start + span.start(), start + span.end());
    }

    /** The citation number (¶ N) of block {@code index}, or 0 for a heading or a block it does not have. */
    public int paragraph(int index) {
        return index >= 0 && index < layout.size() ? layout.paragraph(index) : 0;
    }

    /** Block {@code i}'s text. */
    private String blockText(String markdown, int i) {
        int start = layout.places[i * Layout.PER_BLOCK + 1];
        return start < 0 ? layout.own.get(-1 - start) : markdown.substring(start, layout.places[i * Layout.PER_BLOCK + 2]);
    }
}
