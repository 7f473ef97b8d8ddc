package org.gloss.analyze;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * The pairs a common gram suggests ({@link KeyLimits}): what {@link NgramIndex} and
 * {@link UpdatableNgramIndex} share, so that both find exactly the same ones. Items are named by
 * the index's own numbers; {@link Items} tells how they compare.
 */
final class CommonGrams {

    private CommonGrams() {
    }

    /** The items of an index as the choice of representatives sees them. */
    interface Items {
        /** How many distinct grams the item holds. */
        int size(int item);

        /** The two items' grams, each ascending, compared as sequences. */
        int compareGrams(int a, int b);

        /**
         * Whether the two items share at least {@code needed} grams (common or not: here every
         * gram is evidence). Most pairs a common gram suggests share one or two grams of dozens,
         * so a merge that stops once the answer is known does a fraction of the work.
         */
        boolean sharesAtLeast(int a, int b, int needed);

        /** The item's place in the corpus order: the last tie-break, so a fresh and an updated index agree. */
        int position(int item);
    }

    /**
     * The {@code k} fullest items of a posting: most distinct grams, then the smaller grams, then
     * the earlier place. Depends on the items present alone, never on the order they were added.
     */
    static int[] representatives(IntArrayList posting, int k, Items items) {
        int[] best = new int[Math.min(k, posting.size())];
        int n = 0;
        for (int p = 0; p < posting.size(); p++) {
            int x = posting.getInt(p);
            int at = n;
            while (at > 0 && fuller(x, best[at - 1], items)) {
                at--;
            }
            if (at < best.length) {
                System.arraycopy(best, at, best, at + 1, Math.min(n, best.length - 1) - at);
                best[at] = x;
                n = Math.min(n + 1, best.length);
            }
        }
        return best;
    }

    private static boolean fuller(int a, int b, Items items) {
        int c = Integer.compare(items.size(b), items.size(a));
        if (c == 0) {
            c = items.compareGrams(a, b);
        }
        return c != 0 ? c < 0 : items.position(a) < items.position(b);
    }

    /** Whether item {@code x} and representative {@code r} share enough grams to be compared. */
    static boolean paired(int x, int r, int minShared, KeyLimits limits, Items items) {
        return items.sharesAtLeast(x, r, limits.needed(Math.min(items.size(x), items.size(r)), minShared));
    }
}
