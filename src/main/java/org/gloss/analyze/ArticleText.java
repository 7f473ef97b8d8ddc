package org.gloss.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's body as numbered plain-text blocks: what quotation and glossary analysis read. It is
 * the one place paragraph numbers for citation are decided ({@link Block#paragraph}): every block
 * that is not a heading counts, in document order, so the article page's {@code #p-N}, the
 * glossary, search, the quotations page and the packet all cite the same ¶ N.
 */
public record ArticleText(String articleId, List<Block> blocks) {
    public ArticleText {
        blocks = numbered(blocks);
    }

    /** The text of {@code span}. */
    public String text(Span span) {
        return blocks.get(span.block()).text().substring(span.start(), span.end());
    }

    /** The citation number (¶ N) of block {@code index}, or 0 for a heading or a block it does not have. */
    public int paragraph(int index) {
        return index >= 0 && index < blocks.size() ? blocks.get(index).paragraph() : 0;
    }

    /** {@code blocks} with their citation numbers set; the same list when they already are. */
    private static List<Block> numbered(List<Block> blocks) {
        List<Block> out = null;
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int want = b.kind() == Block.Kind.HEADING ? 0 : ++n;
            if (b.paragraph() != want && out == null) {
                out = new ArrayList<>(blocks.subList(0, i));
            }
            if (out != null) {
                out.add(b.paragraph() == want ? b : new Block(b.index(), b.kind(), b.text(), want));
            }
        }
        return List.copyOf(out == null ? blocks : out);
    }
}
