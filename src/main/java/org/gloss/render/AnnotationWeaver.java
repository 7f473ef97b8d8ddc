package org.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gloss.core.Cancellation;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Places {@link Mark}s on rendered article HTML. Offsets count characters of a block's text with
 * whitespace collapsed, exactly as analysis counted them; a range that crosses inline elements is
 * wrapped piece by piece, so the HTML stays well nested.
 *
 * <p>The work is linear in the block's text plus the marks (and the elements they make): the
 * block's text nodes are listed once, the marks are sorted by offset and dealt to the text nodes
 * they cover with one forward cursor, each text node is cut once into all its pieces, and each
 * parent's children are replaced in one go. (Wrapping one mark at a time re-walked the block and
 * re-indexed the siblings per mark: 20,000 quotations in one paragraph took minutes.)
 */
final class AnnotationWeaver {

    private AnnotationWeaver() {
    }

    /** Applies {@code marks} inside {@code body}, whose blocks carry {@code data-block}. */
    static void weave(Element body, List<Mark> marks) {
        weave(MarkdownRenderer.blocks(body), marks);
    }

    /** Applies {@code marks} to {@code blocks}, the elements carrying {@code data-block}, in page order. */
    static void weave(List<Element> blocks, List<Mark> marks) {
        weave(blocks, marks, new WeaveWork());
    }

    /** As {@link #weave(List, List)}, counting the steps taken into {@code work}. */
    static void weave(List<Element> blocks, List<Mark> marks, WeaveWork work) {
        Map<Integer, List<Mark>> byBlock = new TreeMap<>();
        for (Mark m : marks) {
            byBlock.computeIfAbsent(m.span().block(), k -> new ArrayList<>()).add(m);
        }
        for (Element block : blocks) {
            List<Mark> blockMarks = MarkdownRenderer.blockNumber(block).map(byBlock::get).orElse(null);
            if (blockMarks != null) {
                Cancellation.check();
                weaveBlock(block, blockMarks, work);
            }
        }
    }

    private static void weaveBlock(Element block, List<Mark> blockMarks, WeaveWork work) {
        List<Mark> sorted = new ArrayList<>(blockMarks);
        // Outer (longer) ranges first, so inner marks land inside them; the sort is stable.
        sorted.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparing(m -> -m.span().end()));
        List<Piece> pieces = textPieces(block, work);
        // Deal each mark's range to the pieces it covers. Starts only grow, so a piece that ends
        // before one mark's start ends before every later one's: the cursor never goes back.
        int cursor = 0;
        for (int order = 0; order < sorted.size(); order++) {
            Mark m = sorted.get(order);
            int start = m.span().start();
            int end = m.span().end();
            while (cursor < pieces.size() && pieces.get(cursor).collapsedEnd <= start) {
                cursor++;
                work.step();
            }
            for (int i = cursor; i < pieces.size() && pieces.get(i).collapsedStart < end; i++) {
                work.step();
                Piece p = pieces.get(i);
                int from = Math.max(start, p.collapsedStart);
                int to = Math.min(end, p.collapsedEnd);
                if (from < to) {
                    p.ranges.add(new Range(m, order, from, to));
                }
            }
        }
        Map<Element, Map<TextNode, List<Node>>> byParent = new LinkedHashMap<>();
        boolean[] anchored = new boolean[sorted.size()];
        PageElements elements = new PageElements(block);
        for (Piece p : pieces) {
            if (!p.ranges.isEmpty()) {
                byParent.computeIfAbsent(p.node.parent(), k -> new IdentityHashMap<>())
                        .put(p.node, new PieceCutter(p, anchored, elements, work).cut());
            }
        }
        byParent.forEach((parent, replaced) -> replaceChildren(parent, replaced, work));
    }

    /** Puts each replaced text node's pieces in its place, rebuilding the child list once. */
    private static void replaceChildren(Element parent, Map<TextNode, List<Node>> replaced, WeaveWork work) {
        List<Node> children = new ArrayList<>(parent.childNodeSize() + replaced.size() * 2);
        for (Node child : parent.childNodes()) {
            work.step();
            List<Node> instead = child instanceof TextNode t ? replaced.get(t) : null;
            if (instead == null) {
                children.add(child);
            } else {
                children.addAll(instead);
            }
        }
        parent.empty();
        parent.appendChildren(children);
    }

    /** The block's text nodes with their places in the collapsed text, in document order. */
    private static List<Piece> textPieces(Element block, WeaveWork work) {
        List<Piece> pieces = new ArrayList<>();
        block.filter(new NodeFilter() {
            int collapsed = 0;
            boolean lastWasSpace = true; // leading whitespace of a block is dropped

            @Override
            public FilterResult head(Node n, int depth) {
                work.step();
                if (!(n instanceof TextNode t) || n == block) {
                    return FilterResult.CONTINUE;
                }
                String raw = t.getWholeText();
                int c = collapsed;
                boolean startsAfterSpace = lastWasSpace;
                for (int i = 0; i < raw.length(); i++) {
                    boolean space = Character.isWhitespace(raw.charAt(i));
                    if (!(space && lastWasSpace)) {
                        c++;
                    }
                    lastWasSpace = space;
                }
                work.steps(raw.length());
                pieces.add(new Piece(t, collapsed, c, startsAfterSpace));
                collapsed = c;
                return FilterResult.CONTINUE;
            }
        });
        return pieces;
    }

    /**
     * One text node and where its characters fall in the collapsed block text; {@code afterSpace}
     * says whether the text before it ended in whitespace (so its own leading whitespace
     * collapses). {@code ranges} are the parts of marks that fall in it, in mark order.
     */
    static final class Piece {
        final TextNode node;
        final int collapsedStart;
        final int collapsedEnd;
        final boolean afterSpace;
        final List<Range> ranges = new ArrayList<>(1);

        Piece(TextNode node, int collapsedStart, int collapsedEnd, boolean afterSpace) {
            this.node = node;
            this.collapsedStart = collapsedStart;
            this.collapsedEnd = collapsedEnd;
            this.afterSpace = afterSpace;
        }
    }

    /** The part {@code [from, to)} (collapsed offsets) of {@code mark}, the {@code order}-th in sort order. */
    record Range(Mark mark, int order, int from, int to) {
    }
}
