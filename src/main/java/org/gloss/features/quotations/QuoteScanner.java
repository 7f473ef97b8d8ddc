package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.analyze.Span;
import org.gloss.core.Cancellation;

/**
 * Finds the quoted stretches of an article's text by reading its quotation marks in order. Every
 * block is first read into a <em>view</em> of the same length in which each quotation mark is a
 * double mark: straight or curly double quotes, guillemets ({@code « »}, {@code ‹ ›}), German
 * {@code „ “}, corner brackets ({@code 「 」}), two apostrophes ({@code ''…''}, an archive style) and
 * single quotes used as marks. A single quote only counts when it opens a word and a closing one
 * follows in the same paragraph (or, for a paragraph that opens with one and never closes it, the
 * next paragraph reopens), so apostrophes ({@code Russia's}, {@code hasn’t}, {@code the Smiths'},
 * {@code '90s}) are never taken for quotation marks. A quotation left open at the end of a
 * paragraph runs on into the next one when that one reopens it (news style); marks inside an open
 * quotation are nested quotes and stay part of it.
 */
public final class QuoteScanner {

    /** How far an unclosed quotation may run on into following paragraphs. */
    private static final int MAX_RUN_ON_BLOCKS = 8;
    /** The longest single-quoted stretch inside a paragraph; longer ones are apostrophes. */
    private static final int MAX_SINGLE_CHARS = 300;
    /** What a view puts in place of the half of a two-apostrophe mark it does not need. */
    private static final char BLANK = ' ';

    /** One quotation as found: its parts (one per paragraph it runs over), in order. */
    record Found(List<Span> parts) {
        Found {
            parts = List.copyOf(parts);
        }
    }

    private enum Kind { OPEN, CLOSE, EITHER }

    /** Each block's view (see the class comment), in block order. */
    static List<String> views(ArticleText text) {
        List<Block> blocks = text.blocks();
        List<String> views = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            boolean nextReopens = b + 1 < blocks.size() && opensWithSingle(blocks.get(b + 1).text());
            views.add(view(blocks.get(b).text(), nextReopens));
        }
        return views;
    }

    List<Found> scan(ArticleText text) {
        return scan(text, views(text));
    }

    List<Found> scan(ArticleText text, List<String> views) {
        List<Found> found = new ArrayList<>();
        List<Span> open = null; // parts of a quotation still running on from an earlier paragraph
        int runOn = 0;
        // The views are the blocks' text; only each block's kind is read from the article here
        for (int b = 0; b < views.size(); b++) {
            Cancellation.check();
            String s = views.get(b);
            boolean heading = text.paragraph(b) == 0;
            int i = 0;
            if (open != null) {
                int resume = resumeAt(s);
                if (resume < 0 || heading || runOn >= MAX_RUN_ON_BLOCKS) {
                    found.add(new Found(open));
                    open = null;
                    runOn = 0;
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
                            addPart(open, b, s, start, i);
                            found.add(new Found(open));
                            open = null;
                            runOn = 0;
                        }
                    }
                }
            }
            if (depth > 0) {
                addPart(open, b, s, start, s.length());
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
     * The view of one block: every quotation mark as a double mark, apostrophes left alone. A pair
     * of apostrophes becomes a blank and an opening mark, or a closing mark and a blank (a third
     * beside them is a nested single quote); a single quote with its closer becomes a pair of
     * double marks; {@code nextReopens} says whether the next paragraph opens with a single quote,
     * so that one opening this paragraph unclosed runs on into it.
     */
    static String view(String s, boolean nextReopens) {
        char[] v = s.toCharArray();
        int n = v.length;
        for (int i = 0; i < n; i++) {
            char c = v[i];
            if (c == '‹') {
                v[i] = '«';
            } else if (c == '›') {
                v[i] = '»';
            } else if (c == '「' || c == '『') {
                v[i] = '“';
            } else if (c == '」' || c == '』') {
                v[i] = '”';
            } else if (isSingle(c)) {
                int run = i;
                while (run < n && isSingle(v[run])) {
                    run++;
                }
                int len = run - i;
                if (len == 2 || len == 3) {
                    boolean opener = (i == 0 || isOpeningContext(v[i - 1]) || isDouble(v[i - 1]))
                            && run < n && !isSpace(v[run]) && !isClosingContext(v[run]);
                    boolean closer = i > 0 && !isSpace(v[i - 1]) && !isOpeningContext(v[i - 1])
                            && (run >= n || isClosingContext(v[run]) || isDouble(v[run]));
                    if (opener && !closer) {
                        v[i] = BLANK;
                        v[i + 1] = '“';
                    } else if (closer && !opener) {
                        v[run - 2] = '”';
                        v[run - 1] = BLANK;
                    }
                }
                i = run - 1;
            }
        }
        pairSingles(v, nextReopens);
        return new String(v);
    }

    /** Turns single quotes used as quotation marks into double marks in the view. */
    private static void pairSingles(char[] v, boolean nextReopens) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            if (!isSingle(v[i]) || !opensWord(v, i)) {
                continue;
            }
            boolean atStart = onlyOpeningBefore(v, i);
            int close = singleClose(v, i, atStart || v[i] == '‘' ? n : Math.min(n, i + MAX_SINGLE_CHARS));
            if (close > 0) {
                v[i] = '“';
                v[close] = '”';
                i = close;
            } else if (atStart && nextReopens) {
                v[i] = '“'; // runs on: the next paragraph opens with a single quote again
                return;
            }
        }
    }

    private static boolean onlyOpeningBefore(char[] v, int i) {
        for (int j = 0; j < i; j++) {
            if (!isSpace(v[j]) && !isDouble(v[j])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a paragraph opens with a single quote that opens a word ({@code ‘The}, not two marks). */
    private static boolean opensWithSingle(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i + 1 < s.length() && isSingle(s.charAt(i)) && !isSingle(s.charAt(i + 1))
                && opensWord(s.toCharArray(), i);
    }

    /**
     * Where a quotation left open at the end of the previous paragraph carries on in this one: after
     * the reopening mark, or at the start when the paragraph closes it before opening another; -1
     * when the paragraph does neither (the quotation simply ended unclosed).
     */
    private static int resumeAt(String s) {
        int first = 0;
        while (first < s.length() && isSpace(s.charAt(first))) {
            first++;
        }
        if (first < s.length() && isDouble(s.charAt(first)) && kind(s, first, false) != Kind.CLOSE) {
            return first + 1;
        }
        for (int i = first; i < s.length(); i++) {
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

    /** A single mark at a word's start (not an apostrophe inside or after a word, nor {@code '90s}). */
    private static boolean opensWord(char[] v, int i) {
        if (v[i] == '’') {
            return false; // a right single mark is an apostrophe or a closer, never an opener
        }
        boolean before = i == 0 || isOpeningContext(v[i - 1]) || isDouble(v[i - 1]);
        if (!before || i + 1 >= v.length || !Character.isLetterOrDigit(v[i + 1])) {
            return false;
        }
        // '90s, '08: an apostrophe standing for a century's digits
        boolean decade = i + 2 < v.length && Character.isDigit(v[i + 1]) && Character.isDigit(v[i + 2])
                && (i + 3 >= v.length || !Character.isDigit(v[i + 3]));
        return !decade;
    }

    /**
     * The closing single mark for the opener at {@code open} before {@code limit}, or -1; double
     * marks between the two must pair up (a quotation nested in a single-quoted one).
     */
    private static int singleClose(char[] v, int open, int limit) {
        int possessive = -1; // "the students' union" looks like a closer; use it only as a last resort
        int doubles = 0;
        for (int j = open + 2; j < limit; j++) {
            char c = v[j];
            if ((c == '\'' || c == '’') && !isSpace(v[j - 1]) && doubles % 2 == 0) {
                boolean after = j + 1 >= v.length || !Character.isLetterOrDigit(v[j + 1]);
                if (after && !pluralPossessive(v, j)) {
                    return j;
                }
                if (after && possessive < 0) {
                    possessive = j;
                }
            }
            if (isDouble(c)) {
                doubles++;
            }
        }
        return possessive;
    }

    /** {@code the students' union}: an apostrophe after a plural s, followed by a lowercase word. */
    private static boolean pluralPossessive(char[] v, int j) {
        return v[j - 1] == 's' && j + 2 < v.length && v[j + 1] == ' ' && Character.isLowerCase(v[j + 2]);
    }
}
