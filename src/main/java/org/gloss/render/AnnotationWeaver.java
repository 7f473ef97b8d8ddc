package org.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Places {@link Mark}s on rendered article HTML. Offsets count characters of a block's text with
 * whitespace collapsed, exactly as analysis counted them; a range that crosses inline elements is
 * wrapped piece by piece, so the HTML stays well nested. A mark whose text no longer matches is
 * left out rather than put in the wrong place.
 */
public final class AnnotationWeaver {

    private AnnotationWeaver() {
    }

    /** Applies {@code marks} inside {@code body}, whose blocks carry {@code data-block}. */
    public static void weave(Element body, List<Mark> marks) {
        Map<Integer, List<Mark>> byBlock = new TreeMap<>();
        for (Mark m : marks) {
            byBlock.computeIfAbsent(m.span().block(), k -> new ArrayList<>()).add(m);
        }
        for (Element block : body.select("[" + MarkdownRenderer.BLOCK_ATTR + "]")) {
            List<Mark> blockMarks = byBlock.get(Integer.parseInt(block.attr(MarkdownRenderer.BLOCK_ATTR)));
            if (blockMarks == null) {
                continue;
            }
            // Outer (longer) ranges first, so inner marks land inside them.
            blockMarks.sort(Comparator.comparingInt((Mark m) -> m.span().start())
                    .thenComparing(m -> -m.span().end()));
            for (Mark m : blockMarks) {
                wrap(block, m);
            }
        }
    }

    private static void wrap(Element block, Mark mark) {
        List<Piece> pieces = textPieces(block);
        int start = mark.span().start();
        int end = mark.span().end();
        boolean first = true;
        for (Piece p : pieces) {
            int from = Math.max(start, p.collapsedStart);
            int to = Math.min(end, p.collapsedEnd());
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
            Element el = new Element(mark.tag());
            mark.attributes().forEach(el::attr);
            if (first && mark.anchorId() != null) {
                el.id(mark.anchorId());
            }
            first = false;
            middle.replaceWith(el);
            el.appendChild(middle);
        }
    }

    /** The block's text nodes with their offsets in the collapsed text. */
    private static List<Piece> textPieces(Element block) {
        List<Piece> pieces = new ArrayList<>();
        int collapsed = 0;
        boolean lastWasSpace = true; // leading whitespace of a block is dropped
        for (Node n : descendants(block)) {
            if (!(n instanceof TextNode t)) {
                continue;
            }
            String raw = t.getWholeText();
            int[] map = new int[raw.length() + 1];
            int c = collapsed;
            for (int i = 0; i < raw.length(); i++) {
                map[i] = c;
                boolean space = Character.isWhitespace(raw.charAt(i));
                if (!(space && lastWasSpace)) {
                    c++;
                }
                lastWasSpace = space;
            }
            map[raw.length()] = c;
            pieces.add(new Piece(t, collapsed, map));
            collapsed = c;
        }
        return pieces;
    }

    private static List<Node> descendants(Element root) {
        List<Node> out = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node != root) {
                out.add(node);
            }
        });
        return out;
    }

    /** One text node and how its characters map onto the collapsed block text. */
    private record Piece(TextNode node, int collapsedStart, int[] map) {
        int collapsedEnd() {
            return map[map.length - 1];
        }

        /** The raw index in the node of collapsed offset {@code offset}. */
        int rawOffset(int offset) {
            for (int i = 0; i < map.length; i++) {
                if (map[i] >= offset) {
                    return i;
                }
            }
            return map.length - 1;
        }
    }
}
