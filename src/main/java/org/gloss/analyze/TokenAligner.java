package org.gloss.analyze;

import java.util.List;

/**
 * Smith–Waterman local alignment of two {@link MatchKey}s on words: the best-matching stretch of
 * each, tolerant of one-letter typos, of a {@link MatchKey#GAP} that skips any number of words and
 * of a {@link MatchKey#WILD} that stands for one to four words of the other printing.
 */
public final class TokenAligner {

    private static final double EXACT = 2;
    private static final double FUZZY = 1.5;
    private static final double MISMATCH = -1;
    private static final double SKIP = -1;
    private static final int WILD_SPAN = 4;

    /** The best local alignment: its score and how many words of each side it covers. */
    public record Alignment(double score, int coveredA, int coveredB) {
    }

    public Alignment align(MatchKey a, MatchKey b) {
        List<String> x = a.tokens();
        List<String> y = b.tokens();
        int m = x.size();
        int n = y.size();
        double[][] h = new double[m + 1][n + 1];
        int[][] ca = new int[m + 1][n + 1];
        int[][] cb = new int[m + 1][n + 1];
        Alignment best = new Alignment(0, 0, 0);
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                Cell c = cell(x, y, i, j, h, ca, cb);
                h[i][j] = c.score;
                ca[i][j] = c.a;
                cb[i][j] = c.b;
                if (c.score > best.score()) {
                    best = new Alignment(c.score, c.a, c.b);
                }
            }
        }
        return best;
    }

    private record Cell(double score, int a, int b) {
        Cell max(Cell o) {
            return o.score > score ? o : this;
        }
    }

    private static Cell cell(List<String> x, List<String> y, int i, int j, double[][] h, int[][] ca, int[][] cb) {
        String s = x.get(i - 1);
        String t = y.get(j - 1);
        Cell best = new Cell(0, 0, 0);
        if (s.equals(MatchKey.GAP) || t.equals(MatchKey.GAP)) {
            // An ellipsis swallows words of the other side (or nothing) at no cost.
            best = best.max(new Cell(h[i - 1][j], ca[i - 1][j], cb[i - 1][j]));
            best = best.max(new Cell(h[i][j - 1], ca[i][j - 1], cb[i][j - 1]));
            best = best.max(new Cell(h[i - 1][j - 1], ca[i - 1][j - 1], cb[i - 1][j - 1]));
            return best;
        }
        if (s.equals(MatchKey.WILD) && !t.equals(MatchKey.WILD)) {
            for (int k = 1; k <= WILD_SPAN && j - k >= 0; k++) {
                best = best.max(new Cell(h[i - 1][j - k] + k, ca[i - 1][j - k] + 1, cb[i - 1][j - k] + k));
            }
        } else if (t.equals(MatchKey.WILD) && !s.equals(MatchKey.WILD)) {
            for (int k = 1; k <= WILD_SPAN && i - k >= 0; k++) {
                best = best.max(new Cell(h[i - k][j - 1] + k, ca[i - k][j - 1] + k, cb[i - k][j - 1] + 1));
            }
        } else {
            double sim = similarity(s, t);
            best = best.max(new Cell(h[i - 1][j - 1] + sim, ca[i - 1][j - 1] + (sim > 0 ? 1 : 0),
                    cb[i - 1][j - 1] + (sim > 0 ? 1 : 0)));
        }
        best = best.max(new Cell(h[i - 1][j] + SKIP, ca[i - 1][j], cb[i - 1][j]));
        best = best.max(new Cell(h[i][j - 1] + SKIP, ca[i][j - 1], cb[i][j - 1]));
        return best;
    }

    /** Exact words score most; a one-letter typo between longer words nearly as much. */
    static double similarity(String s, String t) {
        if (s.equals(t)) {
            return EXACT;
        }
        if (s.length() >= 4 && t.length() >= 4 && oneEdit(s, t)) {
            return FUZZY;
        }
        return MISMATCH;
    }

    /** Damerau–Levenshtein distance exactly one (substitution, insertion, deletion or swap). */
    static boolean oneEdit(String s, String t) {
        int ls = s.length();
        int lt = t.length();
        if (Math.abs(ls - lt) > 1) {
            return false;
        }
        int i = 0;
        while (i < ls && i < lt && s.charAt(i) == t.charAt(i)) {
            i++;
        }
        if (ls == lt) {
            if (s.substring(i + 1).equals(t.substring(i + 1))) {
                return true;
            }
            return i + 1 < ls && s.charAt(i) == t.charAt(i + 1) && s.charAt(i + 1) == t.charAt(i)
                    && s.substring(i + 2).equals(t.substring(i + 2));
        }
        return ls > lt ? s.substring(i + 1).equals(t.substring(i)) : t.substring(i + 1).equals(s.substring(i));
    }
}
