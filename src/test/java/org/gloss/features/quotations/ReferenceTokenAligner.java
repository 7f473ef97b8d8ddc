package org.gloss.features.quotations;

import org.gloss.analyze.MatchKey;

/**
 * The plain Smith–Waterman table that {@link TokenAligner} was first written as: a full table of
 * doubles, words compared by {@code equals}. Kept to pin the optimised aligner to it
 * ({@code TokenAlignerDifferentialTest}).
 */
final class ReferenceTokenAligner {

    private static final double EXACT = 2;
    private static final double SKIP = -1;
    private static final int WILD_SPAN = 4;

    TokenAligner.Alignment align(MatchKey a, MatchKey b) {
        if (a.tokens().equals(b.tokens())) {
            int w = a.words();
            int t = a.tokens().size();
            return new TokenAligner.Alignment(EXACT * w, w, w, 0, t, 0, t); // the common case: the same printing
        }
        String[] x = a.tokens().toArray(String[]::new);
        String[] y = b.tokens().toArray(String[]::new);
        int m = x.length;
        int n = y.length;
        double[][] h = new double[m + 1][n + 1];
        int[][] ca = new int[m + 1][n + 1];
        int[][] cb = new int[m + 1][n + 1];
        // Where the path ending in each cell began (its first matched pair), packed as i * (n + 1) + j.
        int[][] from = new int[m + 1][n + 1];
        double best = 0;
        int bestI = 0;
        int bestJ = 0;
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                fill(x, y, i, j, h, ca, cb, from);
                if (h[i][j] > best) {
                    best = h[i][j];
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (best == 0) {
            return new TokenAligner.Alignment(0, 0, 0, 0, 0, 0, 0);
        }
        int start = from[bestI][bestJ];
        return new TokenAligner.Alignment(best, ca[bestI][bestJ], cb[bestI][bestJ], start / (n + 1), bestI, start % (n + 1),
                bestJ);
    }

    /** Fills cell (i, j) with the best local score ending there and the words it covers. */
    private static void fill(String[] x, String[] y, int i, int j, double[][] h, int[][] ca, int[][] cb,
                             int[][] from) {
        String s = x[i - 1];
        String t = y[j - 1];
        double score = 0;
        int covA = 0;
        int covB = 0;
        int start = (i - 1) * (y.length + 1) + (j - 1); // a path that begins here
        if (s.equals(MatchKey.GAP) || t.equals(MatchKey.GAP)) {
            // An ellipsis swallows words of the other side (or nothing) at no cost.
            int[][] prev = {{i - 1, j}, {i, j - 1}, {i - 1, j - 1}};
            for (int[] f : prev) {
                if (h[f[0]][f[1]] > score) {
                    score = h[f[0]][f[1]];
                    covA = ca[f[0]][f[1]];
                    covB = cb[f[0]][f[1]];
                    start = from[f[0]][f[1]];
                }
            }
            h[i][j] = score;
            ca[i][j] = covA;
            cb[i][j] = covB;
            from[i][j] = start;
            return;
        }
        boolean wildS = s.equals(MatchKey.WILD);
        boolean wildT = t.equals(MatchKey.WILD);
        if (wildS && !wildT) {
            // The bracket passes over up to WILD_SPAN words of the other side, at no cost and covering nothing.
            for (int k = 0; k <= WILD_SPAN && j - k >= 0; k++) {
                if (h[i - 1][j - k] > score) {
                    score = h[i - 1][j - k];
                    covA = ca[i - 1][j - k];
                    covB = cb[i - 1][j - k];
                    start = from[i - 1][j - k];
                }
            }
        } else if (wildT && !wildS) {
            for (int k = 0; k <= WILD_SPAN && i - k >= 0; k++) {
                if (h[i - k][j - 1] > score) {
                    score = h[i - k][j - 1];
                    covA = ca[i - k][j - 1];
                    covB = cb[i - k][j - 1];
                    start = from[i - k][j - 1];
                }
            }
        } else {
            double sim = similarity(s, t);
            double v = h[i - 1][j - 1] + sim;
            if (v > score) {
                score = v;
                covA = ca[i - 1][j - 1] + (sim > 0 ? 1 : 0);
                covB = cb[i - 1][j - 1] + (sim > 0 ? 1 : 0);
                // A path picks up where the one before it ended, unless it begins with this pair.
                start = h[i - 1][j - 1] > 0 ? from[i - 1][j - 1] : start;
            }
        }
        if (h[i - 1][j] + SKIP > score) {
            score = h[i - 1][j] + SKIP;
            covA = ca[i - 1][j];
            covB = cb[i - 1][j];
            start = from[i - 1][j];
        }
        if (h[i][j - 1] + SKIP > score) {
            score = h[i][j - 1] + SKIP;
            covA = ca[i][j - 1];
            covB = cb[i][j - 1];
            start = from[i][j - 1];
        }
        h[i][j] = score;
        ca[i][j] = covA;
        cb[i][j] = covB;
        from[i][j] = start;
    }

    /** The word similarity the table adds: the aligner's own (word against word, unchanged by its optimisation). */
    private static double similarity(String s, String t) {
        return TokenAligner.similarity(s, t);
    }
}
