package org.gloss.analyze;

/**
 * Where the scores of compared pairs are kept for later links, so that an incremental link
 * compares only the pairs an edit made new. Pairs are named by item index in the current link.
 */
@FunctionalInterface
interface PairMemo {

    /** Keeps nothing: every pair is compared afresh each time. */
    PairMemo NONE = (i, j, score) -> {
    };

    /** Keeps the score comparing items {@code i} and {@code j} gave (0: no match). */
    void remember(int i, int j, double score);
}
