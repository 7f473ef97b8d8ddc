package org.gloss.analyze;

/**
 * What a gram index does with a <em>common</em> gram, one posted by more than {@code maxPostings}
 * items. Such a gram pairs nothing by itself: all its pairs would make the work quadratic, and most
 * common grams ("of the", "we will") say nothing about which text they came from. But the grams of
 * a statement printed in thousands of articles are all common too; so each item holding a common
 * gram is paired with that gram's {@code representatives} fullest items (most distinct grams), and
 * the pair is kept when the two share at least {@code minShare} of the smaller one's grams. Printings
 * of one statement share most of their grams and join their fullest printing; boilerplate shares
 * one or two and costs a merge of two sorted arrays per representative. The work grows with the
 * number of postings, never with their square. {@code representatives = 0} drops common grams.
 */
public record KeyLimits(int maxPostings, int representatives, double minShare) {

    public KeyLimits {
        if (maxPostings < 1 || representatives < 0 || minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("bad key limits: " + maxPostings + ", " + representatives + ", " + minShare);
        }
    }

    /** Common grams are dropped: they suggest no pair at all. */
    public static KeyLimits dropping(int maxPostings) {
        return new KeyLimits(maxPostings, 0, 1);
    }

    /** Whether a gram posted by {@code postings} items is common. */
    boolean common(int postings) {
        return postings > maxPostings;
    }

    /**
     * The fewest shared grams that pair two items through a common gram, the smaller holding
     * {@code smaller}: at least {@code minShared}, and at least {@code minShare} of the smaller's.
     */
    int needed(int smaller, int minShared) {
        return Math.max(minShared, (int) Math.ceil(minShare * smaller - 1e-9));
    }
}
