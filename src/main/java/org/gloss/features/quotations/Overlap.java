package org.gloss.features.quotations;

/**
 * The two ways two printings can be one statement beyond one holding the other: overlapping
 * excerpts (one outlet quotes words 1–20 of a statement, another words 10–30), and printings so
 * long and so alike that a disagreeing speaker is more likely a misreading than two people saying
 * the same words.
 *
 * <p>Overlapping excerpts link when the words they share run from where one printing begins to
 * where the other ends (a word of slack at either edge), almost every word of that stretch is
 * shared, and it holds at least {@link #OVERLAP_WORDS} words and at least half of the shorter
 * printing's words. "Half" is of the shorter printing, as for merging clusters: two excerpts that
 * share a short phrase at their edges (a clause one statement ends with and another begins with)
 * stay apart.
 */
final class Overlap {

    /** The fewest shared words for two overlapping excerpts to link. */
    static final int OVERLAP_WORDS = 8;
    /** Share of the shorter printing the overlapping stretch must hold, as for merging clusters. */
    static final double OVERLAP_SHARE = QuoteMatcher.CLUSTER_COHERENCE;
    /** Share of the overlapping stretch's words, on each side, that must be shared. */
    static final double STRETCH_DENSITY = QuoteMatcher.SAME_COVERAGE;
    /** Tokens an excerpt's stretch may stop short of its edge (an "and", a word cut differently). */
    static final int EDGE_SLACK = 1;
    /** See {@link QuoteMatcher#TEXT_OVER_SPEAKER_WORDS}. */
    static final int TEXT_OVER_SPEAKER_WORDS = 10;
    /** Share of each printing that must align for the words to outweigh their speakers. */
    static final double TEXT_OVER_SPEAKER_COVERAGE = 0.9;

    /**
     * Share of the meaningful stems two printings must share to be worth aligning for
     * {@link #outweighsSpeakers}: below 90% of words aligned on each side, a typo or two per ten
     * words still leaves far more than this.
     */
    static final double STEMS_SHARED = 0.7;

    private Overlap() {
    }

    /** Whether {@code al}, the alignment of {@code a} against {@code b} (in that order), joins overlapping excerpts. */
    static boolean of(TokenAligner.Alignment al, QuoteKey a, QuoteKey b) {
        int shorter = Math.min(a.words(), b.words());
        int covered = Math.min(al.coveredA(), al.coveredB());
        if (covered < OVERLAP_WORDS || covered < OVERLAP_SHARE * shorter) {
            return false;
        }
        boolean dense = al.coveredA() >= STRETCH_DENSITY * (al.endA() - al.startA())
                && al.coveredB() >= STRETCH_DENSITY * (al.endB() - al.startB());
        return dense && al.dovetails(a.tokenCount(), b.tokenCount(), EDGE_SLACK);
    }

    /**
     * Whether two printings' words say they are one quotation whatever their speakers: at least
     * {@link #TEXT_OVER_SPEAKER_WORDS} words aligned, over {@link #TEXT_OVER_SPEAKER_COVERAGE} of
     * each printing (the same quotation printed twice, not an excerpt inside someone else's longer
     * words). Below that, the same words from two people are two quotations ("We will not accept
     * this outcome" is said by many, and a phrase of one statement may recur in another's).
     */
    static boolean outweighsSpeakers(int covered, int longer) {
        return covered >= TEXT_OVER_SPEAKER_WORDS && covered >= TEXT_OVER_SPEAKER_COVERAGE * longer;
    }

    /**
     * Whether two printings could pass {@link #outweighsSpeakers}, before aligning them: lengths
     * within the coverage of each other, and most meaningful stems shared (a cheap merge of two
     * sorted arrays, where the alignment is a table of every word against every word). The stems
     * are given as {@link StemIds} of the link, asked for only when the lengths allow.
     */
    static boolean mayOutweighSpeakers(int wordsA, int wordsB, StemIds stems, int a, int b) {
        int shorter = Math.min(wordsA, wordsB);
        int longer = Math.max(wordsA, wordsB);
        if (shorter < TEXT_OVER_SPEAKER_WORDS || shorter < TEXT_OVER_SPEAKER_COVERAGE * longer) {
            return false;
        }
        int[] x = stems.of(a);
        int[] y = stems.of(b);
        int most = Math.max(x.length, y.length);
        // No merge when even the smaller set held in full could not be enough.
        return Math.min(x.length, y.length) >= STEMS_SHARED * most && StemIds.common(x, y) >= STEMS_SHARED * most;
    }
}
