package org.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The weaver as it was before issue 16 (one re-walk of the block per mark, quadratic), kept only
 * as the reference the linear {@link AnnotationWeaver} is compared against. Places {@link Mark}s
 * on rendered article HTML. Offsets count characters of a block's text with
 * whitespace collapsed, exactly as analysis counted them; a range that crosses inline elements is
 * wrapped piece by piece, so the HTML stays well nested. A mark whose text no longer matches is
 * left out rather than put in the wrong place.
 */
final class OneMarkAtATimeWeaver {

    private OneMarkAtATimeWeaver() {
    }

    /** Applies {@code marks} to {@code blocks}, the elements carrying {@code data-block}, in page order. */
    static void weave(List<Element> blocks, List<Mark> marks) {
        Map<Integer, List<Mark>> byBlock = new TreeMap<>();
        for (Mark m : marks) {
            byBlock.computeIfAbsent(m.span().block(), k -> new ArrayList<>()).add(m);
        }
        for (Element block : blocks) {
            List<Mark> blockMarks = MarkdownRenderer.blockNumber(block).map(byBlock::get).orElse(null);
            if (blockMarks == null) {
                continue;
            }
            PageElements elements = new PageElements(block);
            // Outer (longer) ranges first, so inner marks land inside them.
            blockMarks.sort(Comparator.comparingInt((Mark m) -> m.span().start())
                    .thenComparing(m -> -m.span().end()));
            for (Mark m : blockMarks) {
                wrap(block, m, elements);
            }
        }
    }

    private static void wrap(Element block, Mark mark, PageElements elements) {
        int start = mark.span().start();
        int end = mark.span().end();
        boolean first = true;
        for (Piece p : textPieces(block, end)) {
            int from = Math.max(start, p.collapsedStart);
            int to = Math.min(end, p.collapsedEnd);
            if (from >= to) {
                continue;
            }
            TextNode node = p.node;
            int rawFrom = p.rawOffset(from);
            int rawTo = p.rawOffset(to);
            TextNode middle = rawFrom > 0 ? node.splitText(rawFrom) : node;
            if (rawTo - rawFrom < middle.getWholeText().length()) {
                middle.splitText(rawTo - rawFrom);
            }
            Element el = elements.create(mark.tag());
            mark.attributes().forEach(el::attr);
            if (first && mark.anchorId() != null) {
                el.id(mark.anchorId());
            }
            first = false;
            middle.replaceWith(el);
            el.appendChild(middle);
        }
    }

    /**
     * The block's text nodes with their places in the collapsed text, up to collapsed offset
     * {@code end}: the nodes after it cannot hold any of the range.
     */
    private static List<Piece> textPieces(Element block, int end) {
        List<Piece> pieces = new ArrayList<>();
        block.filter(new NodeFilter() {
            int collapsed = 0;
            boolean lastWasSpace = true; // leading whitespace of a block is dropped

            @Override
            public FilterResult head(Node n, int depth) {
                if (!(n instanceof TextNode t) || n == block) {
                    return FilterResult.CONTINUE;
                }
                if (collapsed >= end) {
                    return FilterResult.STOP;
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
                pieces.add(new Piece(t, collapsed, c, startsAfterSpace));
                collapsed = c;
                return FilterResult.CONTINUE;
            }
        });
        return pieces;
    }

    /**
     * One text node and where its characters fall in the collapsed block text; {@code afterSpace}
     * says whether the text before it ended in whitespace (so its own leading whitespace collapses).
     */
    private record Piece(TextNode node, int collapsedStart, int collapsedEnd, boolean afterSpace) {

        /** The raw index in the node of collapsed offset {@code offset}. */
        int rawOffset(int offset) {
            String raw = node.getWholeText();
            int c = collapsedStart;
            boolean lastWasSpace = afterSpace;
            for (int i = 0; i < raw.length(); i++) {
                if (c >= offset) {
                    return i;
                }
                boolean space = Character.isWhitespace(raw.charAt(i));
                if (!(space && lastWasSpace)) {
                    c++;
                }
                lastWasSpace = space;
            }
            return raw.length();
        }
    }
}
