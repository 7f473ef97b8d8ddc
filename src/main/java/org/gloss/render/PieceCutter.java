package org.gloss.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts one text node into the pieces its marks make, in one pass: the text between consecutive
 * mark boundaries becomes one new text node, each inside the elements of the marks open over it.
 * Where a mark ends inside a later mark (they cross), the later mark's element is closed there
 * and a new one opened after it, exactly as wrapping one mark at a time would split it.
 */
final class PieceCutter {

    private final AnnotationWeaver.Piece piece;
    private final boolean[] anchored;
    private final PageElements elements;
    private final WeaveWork work;

    private final List<Node> out = new ArrayList<>();
    /** The open marks' elements, outermost first. */
    private final List<Element> stack = new ArrayList<>();
    /** The range (index into the piece's ranges) of each element on the stack. */
    private final List<Integer> stackRanges = new ArrayList<>();

    PieceCutter(AnnotationWeaver.Piece piece, boolean[] anchored, PageElements elements, WeaveWork work) {
        this.piece = piece;
        this.anchored = anchored;
        this.elements = elements;
        this.work = work;
    }

    /** The nodes that take the text node's place, in order. */
    List<Node> cut() {
        List<AnnotationWeaver.Range> ranges = piece.ranges;
        int k = ranges.size();
        int[] bounds = boundaries(ranges);
        String text = piece.node.getWholeText();
        int[] raw = rawOffsets(text, bounds);
        Integer[] byEnd = new Integer[k];
        for (int i = 0; i < k; i++) {
            byEnd[i] = i;
        }
        Arrays.sort(byEnd, Comparator.comparingInt(i -> ranges.get(i).to()));
        boolean[] ended = new boolean[k];
        int[] depth = new int[k];
        int nextOpen = 0;
        int nextEnd = 0;
        for (int b = 0; b < bounds.length; b++) {
            work.step();
            int at = bounds[b];
            int lowest = Integer.MAX_VALUE;
            while (nextEnd < k && ranges.get(byEnd[nextEnd]).to() == at) {
                int r = byEnd[nextEnd++];
                ended[r] = true;
                lowest = Math.min(lowest, depth[r]);
            }
            if (lowest != Integer.MAX_VALUE) {
                closeFrom(lowest, ended, depth);
            }
            while (nextOpen < k && ranges.get(nextOpen).from() == at) {
                open(nextOpen++, depth);
            }
            if (b + 1 < bounds.length && raw[b] < raw[b + 1]) {
                append(new TextNode(text.substring(raw[b], raw[b + 1])));
            }
        }
        int tail = raw[bounds.length - 1];
        if (tail < text.length()) {
            out.add(new TextNode(text.substring(tail)));
        }
        return out;
    }

    /** Closes the stack down to {@code lowest}, then reopens the marks above it that go on. */
    private void closeFrom(int lowest, boolean[] ended, int[] depth) {
        List<Integer> goOn = new ArrayList<>();
        for (int i = lowest; i < stack.size(); i++) {
            work.step();
            int r = stackRanges.get(i);
            if (!ended[r]) {
                goOn.add(r);
            }
        }
        stack.subList(lowest, stack.size()).clear();
        stackRanges.subList(lowest, stackRanges.size()).clear();
        for (int r : goOn) {
            open(r, depth);
        }
    }

    private void open(int r, int[] depth) {
        work.step();
        AnnotationWeaver.Range range = piece.ranges.get(r);
        Mark mark = range.mark();
        Element el = elements.create(mark.tag());
        mark.attributes().forEach(el::attr);
        if (!anchored[range.order()] && mark.anchorId() != null) {
            el.id(mark.anchorId());
        }
        anchored[range.order()] = true;
        append(el);
        depth[r] = stack.size();
        stack.add(el);
        stackRanges.add(r);
    }

    private void append(Node n) {
        if (stack.isEmpty()) {
            out.add(n);
        } else {
            stack.get(stack.size() - 1).appendChild(n);
        }
    }

    /** The piece's start and end and every range's ends, sorted, each once. */
    private int[] boundaries(List<AnnotationWeaver.Range> ranges) {
        int[] all = new int[ranges.size() * 2 + 2];
        int n = 0;
        all[n++] = piece.collapsedStart;
        all[n++] = piece.collapsedEnd;
        for (AnnotationWeaver.Range r : ranges) {
            all[n++] = r.from();
            all[n++] = r.to();
        }
        Arrays.sort(all);
        work.steps(all.length);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /**
     * The index in {@code text} of each collapsed offset in {@code bounds}: the first character
     * at which that many collapsed characters have gone by, in one scan of the text.
     */
    private int[] rawOffsets(String text, int[] bounds) {
        int[] raw = new int[bounds.length];
        int b = 0;
        int c = piece.collapsedStart;
        boolean lastWasSpace = piece.afterSpace;
        for (int i = 0; i < text.length() && b < bounds.length; i++) {
            while (b < bounds.length && c >= bounds[b]) {
                raw[b++] = i;
            }
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!(space && lastWasSpace)) {
                c++;
            }
            lastWasSpace = space;
        }
        work.steps(text.length());
        while (b < bounds.length) {
            raw[b++] = text.length();
        }
        return raw;
    }
}
