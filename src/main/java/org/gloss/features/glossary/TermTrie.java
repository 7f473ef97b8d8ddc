package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every surface form of every term in one character trie, built once per glossary, so a block is
 * scanned once from each word start however large the glossary is. Text and forms are compared
 * after {@link #fold}: dashes and spaces are one separator ({@code M4–M5} is {@code M4-M5},
 * {@code al Qaeda} is {@code al-Qaeda}) and curly apostrophes are straight ones.
 */
final class TermTrie {

    private final Node exact = new Node();
    private final Node anyCase = new Node();

    TermTrie(List<TermForm> forms) {
        for (TermForm f : forms) {
            Node n = f.caseSensitive() ? exact : anyCase;
            for (int i = 0; i < f.text().length(); i++) {
                n = n.add(fold(f.text().charAt(i), !f.caseSensitive()));
            }
            n.forms.add(f);
        }
    }

    /** Every form that matches {@code text} starting at {@code start}, with its end offset. */
    List<Hit> hitsAt(String text, int start) {
        // Asked at every word start of every block, and most find nothing: no list made for them.
        List<Hit> hits = walk(exact, text, start, false, null);
        hits = walk(anyCase, text, start, true, hits);
        return hits == null ? List.of() : hits;
    }

    /** {@code hits} with the forms found from {@code start} added (made when the first is found). */
    private static List<Hit> walk(Node node, String text, int start, boolean ignoreCase, List<Hit> hits) {
        Node n = node;
        List<Hit> out = hits;
        for (int i = start; i < text.length(); i++) {
            n = n.next(fold(text.charAt(i), ignoreCase));
            if (n == null) {
                return out;
            }
            for (TermForm f : n.forms) {
                out = out == null ? new ArrayList<>() : out;
                out.add(new Hit(f, start, i + 1));
            }
        }
        return out;
    }

    /** A phrase as matching sees it in any case: spaces collapsed, then every character folded. */
    static String key(String phrase) {
        String s = phrase.strip().replaceAll("\\s+", " ");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i), true));
        }
        return b.toString();
    }

    /** One character as matching sees it; always one char for one char, so offsets stay put. */
    static char fold(char c, boolean ignoreCase) {
        // Most characters scanned are ASCII letters and digits, which only case can change.
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return ignoreCase ? (char) (c + ('a' - 'A')) : c;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "-\u2010\u2011\u2012\u2013\u2014\u2212".indexOf(c) >= 0) {
            return ' ';
        }
        if ("\u2018\u2019\u02bc`\u00b4".indexOf(c) >= 0) {
            return '\'';
        }
        return ignoreCase ? Character.toLowerCase(c) : c;
    }

    /** A form found at {@code [start, end)} of a text, before boundaries and context are checked. */
    record Hit(TermForm form, int start, int end) {
    }

    /**
     * One character's node: its children's characters ascending, with the children beside them,
     * looked up by binary search (no boxing or hashing of the character, at every character of
     * every word start scanned; most nodes have one child).
     */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        final List<TermForm> forms = new ArrayList<>(1);

        Node add(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node child = new Node();
            char[] k = new char[keys.length + 1];
            Node[] ch = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(children, 0, ch, 0, insert);
            k[insert] = c;
            ch[insert] = child;
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, ch, insert + 1, children.length - insert);
            keys = k;
            children = ch;
            return child;
        }

        Node next(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }
    }
}
