package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list of words kept as one {@code String}, the words separated by single spaces: what each
 * quotation's key holds for the link. Every article's analysis is kept until the link across all
 * of them, and a {@code String} per word (about fifty a printing, tokens and stems) was the largest
 * part of that at 100,000 articles (docs/PERFORMANCE.md); one per list costs a tenth as much.
 *
 * <p>No word may be empty or hold a character at or below the space: a key's tokens and stems are
 * letters, numbers, apostrophes, {@code …} and {@code []}. So the packed form of a list is unique,
 * and two packed lists compare ({@link String#compareTo}) as their words do, one after the other.
 */
final class PackedWords {

    private PackedWords() {
    }

    /** {@code words} packed, in their order. */
    static String of(Collection<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word cannot be packed");
            }
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) <= ' ') {
                    throw new IllegalArgumentException("a word holding a space or control character cannot be packed: "
                            + w);
                }
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }

    /** How many words {@code packed} holds. */
    static int count(String packed) {
        if (packed.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < packed.length(); i++) {
            if (packed.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** The words, each a new {@code String}. */
    static List<String> list(String packed) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < packed.length()) {
            int end = end(packed, from);
            out.add(packed.substring(from, end));
            from = end + 1;
        }
        return out;
    }

    /** Where the word starting at {@code from} ends (exclusive). */
    static int end(String packed, int from) {
        int end = packed.indexOf(' ', from);
        return end < 0 ? packed.length() : end;
    }

    /**
     * How many words two packed lists share, each holding distinct words sorted by
     * {@link String#compareTo}: a merge, comparing the words in place as {@code compareTo} would.
     */
    static int common(String x, String y) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int ei = end(x, i);
            int ej = end(y, j);
            int c = compare(x, i, ei, y, j, ej);
            if (c < 0) {
                i = ei + 1;
            } else if (c > 0) {
                j = ej + 1;
            } else {
                n++;
                i = ei + 1;
                j = ej + 1;
            }
        }
        return n;
    }

    /** {@link String#compareTo} of {@code x[xFrom, xEnd)} and {@code y[yFrom, yEnd)}. */
    private static int compare(String x, int xFrom, int xEnd, String y, int yFrom, int yEnd) {
        int lx = xEnd - xFrom;
        int ly = yEnd - yFrom;
        int n = Math.min(lx, ly);
        for (int k = 0; k < n; k++) {
            char a = x.charAt(xFrom + k);
            char b = y.charAt(yFrom + k);
            if (a != b) {
                return a - b;
            }
        }
        return lx - ly;
    }
}
