package org.gloss.features.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                char c = fold(f.text().charAt(i), !f.caseSensitive());
                n = n.next.computeIfAbsent(c, k -> new Node());
            }
            n.forms.add(f);
        }
    }

    /** Every form that matches {@code text} starting at {@code start}, with its end offset. */
    List<Hit> hitsAt(String text, int start) {
        List<Hit> hits = new ArrayList<>();
        walk(exact, text, start, false, hits);
        walk(anyCase, text, start, true, hits);
        return hits;
    }

    private static void walk(Node node, String text, int start, boolean ignoreCase, List<Hit> hits) {
        Node n = node;
        for (int i = start; i < text.length(); i++) {
            n = n.next.get(fold(text.charAt(i), ignoreCase));
            if (n == null) {
                return;
            }
            for (TermForm f : n.forms) {
                hits.add(new Hit(f, start, i + 1));
            }
        }
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

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        final List<TermForm> forms = new ArrayList<>(1);
    }
}
