package org.gloss.analyze;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a {@code Matcher.find()} loop would find while trying the pattern only at the start
 * positions a cheap scan names (near a speech verb, at a literal), instead of at every character.
 * The result is the same whenever the named positions include every position a match can start at.
 */
public final class AnchoredSearch {

    private AnchoredSearch() {
    }

    /**
     * Calls {@code onMatch} for each match of {@code p} in {@code s}, left to right and never
     * overlapping, as {@code find()} would; {@code starts} is ascending. Transparent bounds let
     * look-arounds and {@code \b} see the text before each start, as they would in a full search.
     */
    public static void find(Pattern p, String s, int[] starts, Consumer<Matcher> onMatch) {
        Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int start : starts) {
            if (start < from) {
                continue;
            }
            m.region(start, s.length());
            if (m.lookingAt()) {
                onMatch.accept(m);
                from = Math.max(m.end(), start + 1);
            }
        }
    }

    /**
     * The positions that satisfy {@code canStart} and lie at most {@code runs} runs of white space
     * before an anchor (ascending, each once): where a match with at most that many white-space
     * runs before its anchor can start.
     */
    public static int[] before(String s, int[] anchors, int runs, IntPredicate canStart) {
        int[] out = new int[16];
        int n = 0;
        int scanned = 0;
        for (int anchor : anchors) {
            for (int i = windowStart(s, anchor, runs, scanned); i < anchor; i++) {
                if (canStart.test(i)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = i;
                }
            }
            scanned = Math.max(scanned, anchor);
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * {@link #before(String, int[], int, IntPredicate)} testing only {@code candidates} (ascending),
     * which must include every position {@code canStart} accepts: a paragraph's few possible starts
     * (its capitals and some word starts), found once and shared by several patterns, instead of
     * every character of each window tested by each pattern's predicate.
     * {@code AnchoredSearchDifferentialTest} pins it to the full scan.
     */
    public static int[] before(String s, int[] anchors, int runs, int[] candidates, IntPredicate canStart) {
        int[] out = new int[16];
        int n = 0;
        int scanned = 0;
        int next = 0;
        for (int anchor : anchors) {
            int from = windowStart(s, anchor, runs, scanned);
            while (next < candidates.length && candidates[next] < from) {
                next++;
            }
            for (; next < candidates.length && candidates[next] < anchor; next++) {
                int i = candidates[next];
                if (canStart.test(i)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = i;
                }
            }
            scanned = Math.max(scanned, anchor);
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Where the word reached by going back over {@code runs} runs of white space from {@code at}
     * begins, or {@code floor} if that is later: the walk back stops at {@code floor}, so that
     * anchors close together (a wide window before each verb of a paragraph) do not walk the same
     * text again and again.
     */
    static int windowStart(String s, int at, int runs, int floor) {
        int i = at;
        int crossed = 0;
        while (true) {
            while (i > floor && !isSpace(s.charAt(i - 1))) {
                i--;
            }
            if (i <= floor) {
                return Math.max(i, floor);
            }
            if (i == 0 || crossed == runs) {
                return i;
            }
            while (i > floor && isSpace(s.charAt(i - 1))) {
                i--;
            }
            if (i <= floor) {
                return Math.max(i, floor);
            }
            crossed++;
        }
    }

    /**
     * Every position where one of {@code literals} (none empty) begins, ascending, each once. One
     * pass over the text's characters, trying only the literals that begin with the character
     * there, instead of an {@code indexOf} pass per literal (eleven for the source openings, over
     * every paragraph of the corpus).
     */
    public static int[] at(String s, List<String> literals) {
        char[][] lits = new char[literals.size()][];
        for (int k = 0; k < lits.length; k++) {
            lits[k] = literals.get(k).toCharArray();
        }
        // The first characters as a set: a bit per character modulo 64, so most positions are passed
        // over on one test.
        long firsts = 0;
        for (char[] lit : lits) {
            firsts |= 1L << (lit[0] & 63);
        }
        char[] c = s.toCharArray();
        int[] out = new int[8];
        int n = 0;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if ((firsts & 1L << (ch & 63)) == 0) {
                continue;
            }
            for (char[] lit : lits) {
                if (lit[0] == ch && startsWith(c, i, lit)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = i;
                    break;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean startsWith(char[] c, int at, char[] lit) {
        if (at + lit.length > c.length) {
            return false;
        }
        for (int k = 1; k < lit.length; k++) {
            if (c[at + k] != lit[k]) {
                return false;
            }
        }
        return true;
    }

    /** White space as the patterns' {@code \s} means it: ASCII only. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
