package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.analyze.Span;
import org.gloss.core.Cancellation;

/**
 * Finds the quoted stretches of an article's text by reading its quotation marks in order: double
 * quotes (straight or curly), guillemets and single quotes. A double quotation left open at the
 * end of a paragraph runs on into the next one (news style reopens it there); marks inside an open
 * quotation are nested quotes and stay part of it. A single quote only counts when it opens a word
 * and a closing one follows in the same paragraph, so apostrophes ({@code Russia's},
 * {@code hasn’t}) are never taken for quotation marks.
 */
public final class QuoteScanner {

    /** How far an unclosed quotation may run on into following paragraphs. */
    private static final int MAX_RUN_ON_BLOCKS = 4;
    /** The longest single-quoted stretch taken for a quotation; longer ones are apostrophes. */
    private static final int MAX_SINGLE_CHARS = 300;

    /** One quotation as found: its parts (one per paragraph it runs over), in order. */
    record Found(List<Span> parts) {
        Found {
            parts = List.copyOf(parts);
        }
    }

    private enum Kind { OPEN, CLOSE, EITHER }

    List<Found> scan(ArticleText text) {
        List<Found> found = new ArrayList<>();
        List<Span> open = null; // parts of a quotation still running on from an earlier paragraph
        int runOn = 0;
        for (Block b : text.blocks()) {
            Cancellation.check();
            String s = b.text();
            int i = 0;
            if (open != null) {
                int resume = resumeAt(s);
                if (resume < 0 || b.kind() == Block.Kind.HEADING || runOn >= MAX_RUN_ON_BLOCKS) {
                    found.add(new Found(open));
                    open = null;
                } else {
                    i = resume;
                }
            }
            int start = open != null ? i : -1;
            int depth = open != null ? 1 : 0;
            for (; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isDouble(c)) {
                    Kind k = kind(s, i, depth > 0);
                    if (depth == 0 && k != Kind.CLOSE) {
                        depth = 1;
                        start = i + 1;
                        open = new ArrayList<>();
                    } else if (depth > 0 && k == Kind.OPEN && i > start) {
                        depth++;
                    } else if (depth > 0 && k != Kind.OPEN) {
                        depth--;
                        if (depth == 0) {
                            addPart(open, b.index(), s, start, i);
                            found.add(new Found(open));
                            open = null;
                            runOn = 0;
                        }
                    }
                } else if (depth == 0 && isSingle(c) && opensWord(s, i)) {
                    int close = singleClose(s, i);
                    if (close > 0) {
                        List<Span> parts = new ArrayList<>();
                        addPart(parts, b.index(), s, i + 1, close);
                        found.add(new Found(parts));
                        i = close;
                    }
                }
            }
            if (depth > 0) {
                addPart(open, b.index(), s, start, s.length());
                runOn++;
            }
        }
        if (open != null && !open.isEmpty()) {
            found.add(new Found(open));
        }
        found.removeIf(f -> f.parts().isEmpty());
        return found;
    }

    /**
     * Where a quotation left open at the end of the previous paragraph carries on in this one: after
     * the reopening mark, or at the start when the paragraph closes it before opening another; -1
     * when the paragraph does neither (the quotation simply ended unclosed).
     */
    private static int resumeAt(String s) {
        if (!s.isEmpty() && isDouble(s.charAt(0)) && kind(s, 0, false) != Kind.CLOSE) {
            return 1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (isDouble(s.charAt(i))) {
                return kind(s, i, true) == Kind.CLOSE ? 0 : -1;
            }
        }
        return -1;
    }

    private static void addPart(List<Span> parts, int block, String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == ',')) {
            b--;
        }
        if (b > a) {
            parts.add(new Span(block, a, b));
        }
    }

    /** Any space, the no-break space included (pages copied from the web are full of them). */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '‘' || c == '’';
    }

    /** Whether a double mark opens or closes, from the spaces around it and then its shape. */
    private static Kind kind(String s, int i, boolean inside) {
        boolean spaceBefore = i == 0 || isOpeningContext(s.charAt(i - 1));
        boolean spaceAfter = i + 1 >= s.length() || isClosingContext(s.charAt(i + 1));
        if (spaceBefore && !spaceAfter) {
            return Kind.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            return Kind.CLOSE;
        }
        char c = s.charAt(i);
        if (c == '“' || c == '«' || c == '„') {
            return Kind.OPEN;
        }
        if (c == '”' || c == '»') {
            return Kind.CLOSE;
        }
        return inside ? Kind.CLOSE : Kind.OPEN;
    }

    private static boolean isOpeningContext(char c) {
        return isSpace(c) || "([{—–-/:".indexOf(c) >= 0;
    }

    private static boolean isClosingContext(char c) {
        return isSpace(c) || ".,;:!?)]}—–-…".indexOf(c) >= 0;
    }

    /** A single mark at a word's start (not an apostrophe inside or after a word). */
    private static boolean opensWord(String s, int i) {
        if (s.charAt(i) == '’') {
            return false; // a right single mark is an apostrophe or a closer, never an opener
        }
        boolean before = i == 0 || isOpeningContext(s.charAt(i - 1)) || isDouble(s.charAt(i - 1));
        return before && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** The closing single mark for the opener at {@code open}, or -1. */
    private static int singleClose(String s, int open) {
        int limit = Math.min(s.length(), open + MAX_SINGLE_CHARS);
        int possessive = -1; // "the students' union" looks like a closer; use it only as a last resort
        for (int j = open + 2; j < limit; j++) {
            char c = s.charAt(j);
            if ((c == '\'' || c == '’') && !isSpace(s.charAt(j - 1))) {
                boolean after = j + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(j + 1));
                if (after && !pluralPossessive(s, j)) {
                    return j;
                }
                if (after && possessive < 0) {
                    possessive = j;
                }
            }
            if (isDouble(c)) {
                break;
            }
        }
        return possessive;
    }

    /** {@code the students' union}: an apostrophe after a plural s, followed by a lowercase word. */
    private static boolean pluralPossessive(String s, int j) {
        return s.charAt(j - 1) == 's' && j + 2 < s.length() && s.charAt(j + 1) == ' '
                && Character.isLowerCase(s.charAt(j + 2));
    }
}
