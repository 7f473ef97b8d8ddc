package org.gloss.analyze;

import java.util.Arrays;

/**
 * What a gram index found for one set of items, kept so that a later build can update its candidate
 * pairs after an edit ({@link CandidateUpdate}) instead of finding them all again: the pairs sharing
 * enough informative grams ({@code informative}), the pairs common grams suggest, whether they are
 * pairs already or not ({@code suggested}), each as {@link UpdatableNgramIndex#pair} ascending,
 * and the common grams (ascending) with how many items held each and their representatives
 * ({@code reps[repStart[c] .. repStart[c + 1])}). The candidate pairs are the union of the two
 * sets of pairs. Plain arrays: at 10,000 bench articles about a million pairs, and the state is
 * read back in every build.
 */
record CandidateState(long[] informative, long[] suggested, long[] commonGrams, int[] commonCounts,
                             int[] repStart, int[] reps) {

    /**
     * Whether the state is whole and fits {@code items} items: every array of its shape, pairs and
     * grams strictly ascending, every item number in range. What a state read back from disk must
     * pass before it is trusted.
     */
    boolean fits(int items, int maxPostings) {
        if (informative == null || suggested == null || commonGrams == null || commonCounts == null
                || repStart == null || reps == null || commonCounts.length != commonGrams.length
                || repStart.length != commonGrams.length + 1 || repStart[0] != 0
                || repStart[commonGrams.length] != reps.length
                || !pairsFit(informative, items) || !pairsFit(suggested, items)) {
            return false;
        }
        for (int c = 0; c < commonGrams.length; c++) {
            if ((c > 0 && commonGrams[c - 1] >= commonGrams[c]) || commonCounts[c] <= maxPostings
                    || commonCounts[c] > items || repStart[c] > repStart[c + 1]) {
                return false;
            }
        }
        for (int r : reps) {
            if (r < 0 || r >= items) {
                return false;
            }
        }
        return true;
    }

    private static boolean pairsFit(long[] pairs, int items) {
        for (int k = 0; k < pairs.length; k++) {
            int i = UpdatableNgramIndex.first(pairs[k]);
            int j = UpdatableNgramIndex.second(pairs[k]);
            if (i < 0 || i >= j || j >= items || (k > 0 && pairs[k - 1] >= pairs[k])) {
                return false;
            }
        }
        return true;
    }

    /** The candidate pairs: both sets' pairs, ascending, each once. */
    long[] pairs() {
        long[] out = new long[informative.length + suggested.length];
        int n = 0;
        int a = 0;
        int b = 0;
        while (a < informative.length || b < suggested.length) {
            long next;
            if (b == suggested.length || (a < informative.length && informative[a] < suggested[b])) {
                next = informative[a++];
            } else if (a == informative.length || suggested[b] < informative[a]) {
                next = suggested[b++];
            } else {
                next = informative[a++];
                b++;
            }
            out[n++] = next;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Whether two states hold the same values (records compare arrays by identity). */
    boolean same(CandidateState o) {
        return Arrays.equals(informative, o.informative) && Arrays.equals(suggested, o.suggested)
                && Arrays.equals(commonGrams, o.commonGrams) && Arrays.equals(commonCounts, o.commonCounts)
                && Arrays.equals(repStart, o.repStart) && Arrays.equals(reps, o.reps);
    }
}
