package org.gloss.analyze;

import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Candidate pairs {@code (i, j)}, {@code i < j}, packed two ints to a long: a link holds every
 * candidate pair at once (about 140 an article for the quotations), and an {@code int[2]} apiece,
 * with the lists' references, cost three to four times as much. Immutable; each {@link #get} makes
 * the pair's array anew.
 */
final class PairList extends AbstractList<int[]> implements RandomAccess {

    private final long[] pairs;

    private PairList(long[] pairs) {
        this.pairs = pairs;
    }

    /** The pairs added to {@code packed} ({@link UpdatableNgramIndex#pair}), in that order. */
    static PairList of(LongArrayList packed) {
        return new PairList(packed.toLongArray());
    }

    @Override
    public int[] get(int k) {
        long p = pairs[k];
        return new int[] {UpdatableNgramIndex.first(p), UpdatableNgramIndex.second(p)};
    }

    @Override
    public int size() {
        return pairs.length;
    }

    /** The pairs that pass {@code keep}, in order. */
    PairList filter(PairCandidates.PairTest keep) {
        LongArrayList out = new LongArrayList();
        for (long p : pairs) {
            if (keep.test(UpdatableNgramIndex.first(p), UpdatableNgramIndex.second(p))) {
                out.add(p);
            }
        }
        return of(out);
    }
}
