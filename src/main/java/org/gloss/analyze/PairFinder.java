package org.gloss.analyze;

import java.util.List;

/**
 * The middle of the link stage, between the features' per-item keys and their comparisons: items'
 * grams → grouped by gram → candidate pairs. Features make the keys (in {@code analyzeArticle}),
 * ask a finder for the pairs, score them ({@link PairCandidates#matches}) and cluster; they never
 * build an index themselves, so a backend that groups keys elsewhere (a Spark job, docs/SCALE.md)
 * is one more implementation handed to the {@link Analyzer}, with no feature changed.
 */
@FunctionalInterface
public interface PairFinder {

    /** In memory on this machine: a fresh {@link NgramIndex}. */
    PairFinder LOCAL = (itemGrams, limits, minShared) -> {
        NgramIndex index = new NgramIndex(limits);
        itemGrams.forEach(index::add);
        return PairCandidates.of(index.candidatePairs(minShared));
    };

    /**
     * The pairs of items (numbered by place in {@code itemGrams}) sharing {@code minShared} grams
     * held by at most {@link KeyLimits#maxPostings} items, and the pairs common grams suggest
     * ({@link KeyLimits}); exactly the pairs {@link NgramIndex#candidatePairs} gives, in any order.
     */
    PairCandidates pairs(List<long[]> itemGrams, KeyLimits limits, int minShared);

    /**
     * {@link #pairs(List, KeyLimits, int)} of items known by their article, for comparisons worth
     * remembering between builds (an alignment, or candidate pairs that cost an index of every
     * item to find again): the same pairs, and a finder may give some of them with their scores
     * already known.
     */
    default PairCandidates pairs(ItemGrams items, KeyLimits limits, int minShared) {
        return pairs(items.grams(), limits, minShared);
    }
}
