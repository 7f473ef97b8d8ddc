package org.gloss.analyze;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * An {@link NgramIndex} whose items can be removed and added, keeping its candidate pairs current
 * instead of finding them all again: what {@code serve} uses, where one edit changes one
 * article's items among thousands. The pairs are exactly those {@link NgramIndex#candidatePairs}
 * gives for the items present, and each carries the score comparing its two items gave, kept for
 * as long as the pair stays a candidate: so only pairs never compared need comparing, and only
 * pairs that matched (score above 0) need looking at again.
 *
 * <p>Items are named by handles that never change while the item is present. A pair stops or
 * starts being a candidate only when one of its items comes or goes, or when a gram the two share
 * crosses the {@code maxPostings} cap; an update recounts exactly those pairs. The pairs common
 * grams suggest ({@link KeyLimits}) hang on which items are the fullest and on the corpus order,
 * which any edit may change: {@link #refreshCommon} finds them again from the common grams'
 * postings (a pass over postings, no comparisons), and their scores are kept as the others are.
 */
final class UpdatableNgramIndex {

    private final KeyLimits limits;
    private final int maxPostings;
    private final int minShared;
    /** Each present item's distinct grams, ascending. */
    private final Long2ObjectMap<long[]> itemGrams = new Long2ObjectOpenHashMap<>();
    /** The items holding each gram. */
    private final Long2ObjectMap<IntArrayList> postings = new Long2ObjectOpenHashMap<>();
    /** The candidate pairs ({@link #pair}) not yet compared. */
    private final LongOpenHashSet unknown = new LongOpenHashSet();
    /** The candidate pairs compared and found to match, with their scores. */
    private final Long2DoubleOpenHashMap matches = new Long2DoubleOpenHashMap();
    /** The candidate pairs compared and found not to match. */
    private final LongOpenHashSet unmatched = new LongOpenHashSet();
    /** The grams held by more than {@code maxPostings} items. */
    private final LongOpenHashSet common = new LongOpenHashSet();
    /** The pairs common grams suggest that are not candidates otherwise, not yet compared. */
    private final LongOpenHashSet commonUnknown = new LongOpenHashSet();
    /** The pairs common grams suggest that are not candidates otherwise, compared, with their scores (0: no match). */
    private final Long2DoubleOpenHashMap commonScores = new Long2DoubleOpenHashMap();
    private int nextHandle;

    UpdatableNgramIndex(int maxPostings, int minShared) {
        this(KeyLimits.dropping(maxPostings), minShared);
    }

    UpdatableNgramIndex(KeyLimits limits, int minShared) {
        this.limits = limits;
        this.maxPostings = limits.maxPostings();
        this.minShared = minShared;
    }

    /**
     * Removes the items {@code removed} and adds one item per entry of {@code added} (its grams,
     * repeats allowed), returning the new items' handles in order.
     */
    int[] update(int[] removed, List<long[]> added) {
        // Each gram the update touches, with how many items held it before.
        Long2IntOpenHashMap sizeBefore = new Long2IntOpenHashMap();
        for (int h : removed) {
            // While the index still holds h, its partners are exactly the pairs recorded with it.
            for (int j : partners(h, itemGrams.get(h))) {
                forget(pair(h, j));
            }
        }
        for (int h : removed) {
            for (long g : itemGrams.remove(h)) {
                IntArrayList items = postings.get(g);
                sizeBefore.putIfAbsent(g, items.size());
                items.rem(h);
                if (items.isEmpty()) {
                    postings.remove(g);
                }
            }
        }
        int[] handles = new int[added.size()];
        for (int k = 0; k < handles.length; k++) {
            int h = nextHandle++;
            handles[k] = h;
            long[] grams = NgramIndex.sortedDistinct(added.get(k));
            for (long g : grams) {
                IntArrayList items = postings.computeIfAbsent(g, x -> new IntArrayList(1));
                sizeBefore.putIfAbsent(g, items.size());
                items.add(h);
            }
            itemGrams.put(h, grams);
        }
        recountCrossed(sizeBefore, handles);
        for (long g : sizeBefore.keySet()) {
            IntArrayList items = postings.get(g);
            if (items != null && limits.common(items.size())) {
                common.add(g);
            } else {
                common.remove(g);
            }
        }
        for (int h : handles) {
            for (int j : partners(h, itemGrams.get(h))) {
                unknown.add(pair(h, j));
            }
        }
        return handles;
    }

    /** The candidate pairs ({@link #pair}) not compared yet. */
    LongOpenHashSet unknown() {
        return unknown;
    }

    /** The candidate pairs ({@link #pair}) that matched, with their scores. */
    Long2DoubleOpenHashMap matches() {
        return matches;
    }

    /** Records the score comparing a candidate pair gave (0: no match). */
    void remember(long pair, double score) {
        if (unknown.remove(pair)) {
            if (score > 0) {
                matches.put(pair, score);
            } else {
                unmatched.add(pair);
            }
        } else if (commonUnknown.remove(pair)) {
            commonScores.put(pair, score);
        }
    }

    /**
     * Finds the pairs common grams suggest for the items present, {@code position} giving each
     * handle's place in the corpus order, exactly as {@link NgramIndex#candidatePairs} finds them:
     * afterwards {@link #commonUnknown} holds those never compared, {@link #commonScores} the
     * scores of the others (and of no pair that is gone).
     */
    void refreshCommon(IntUnaryOperator position) {
        commonUnknown.clear();
        if (limits.representatives() == 0 || common.isEmpty()) {
            commonScores.clear();
            return;
        }
        CommonGrams.Items items = new CommonGrams.Items() {
            @Override
            public int size(int item) {
                return itemGrams.get(item).length;
            }

            @Override
            public int compareGrams(int a, int b) {
                return Arrays.compare(itemGrams.get(a), itemGrams.get(b));
            }

            @Override
            public boolean sharesAtLeast(int a, int b, int needed) {
                return NgramIndex.sharesAtLeast(itemGrams.get(a), itemGrams.get(b), needed);
            }

            @Override
            public int position(int item) {
                return position.applyAsInt(item);
            }
        };
        Long2ObjectOpenHashMap<int[]> reps = new Long2ObjectOpenHashMap<>(common.size());
        IntOpenHashSet holders = new IntOpenHashSet();
        for (long g : common) {
            IntArrayList posting = postings.get(g);
            reps.put(g, CommonGrams.representatives(posting, limits.representatives(), items));
            holders.addAll(posting);
        }
        LongOpenHashSet found = new LongOpenHashSet();
        IntArrayList seen = new IntArrayList();
        for (int x : holders) {
            seen.clear();
            for (long g : itemGrams.get(x)) {
                int[] r = reps.get(g);
                if (r == null) {
                    continue;
                }
                for (int rep : r) {
                    if (rep != x && !seen.contains(rep)) {
                        seen.add(rep);
                        long p = pair(x, rep);
                        if (!isCandidate(p) && CommonGrams.paired(x, rep, minShared, limits, items)) {
                            found.add(p);
                        }
                    }
                }
            }
        }
        commonScores.keySet().retainAll(found);
        for (long p : found) {
            if (!commonScores.containsKey(p)) {
                commonUnknown.add(p);
            }
        }
    }

    /** The pairs only common grams suggest, not compared yet ({@link #refreshCommon}). */
    LongOpenHashSet commonUnknown() {
        return commonUnknown;
    }

    /** The pairs only common grams suggest, compared, with their scores (0: no match). */
    Long2DoubleOpenHashMap commonScores() {
        return commonScores;
    }

    /** The candidate pairs ({@link #pair}) that did not match. */
    LongOpenHashSet unmatched() {
        return unmatched;
    }

    /** All candidate pairs, compared or not. */
    int size() {
        return unknown.size() + matches.size() + unmatched.size();
    }

    private boolean isCandidate(long pair) {
        return unknown.contains(pair) || matches.containsKey(pair) || unmatched.contains(pair);
    }

    private void forget(long pair) {
        if (!unknown.remove(pair) && !unmatched.remove(pair)) {
            matches.remove(pair);
        }
    }

    /** The key of the pair of items {@code a} and {@code b}, the same either way round. */
    static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | (Math.max(a, b) & 0xffffffffL);
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }

    /**
     * Recounts the pairs of items present before and after the update that share a gram whose
     * informativeness changed: the only pairs not involving a new item whose count can change.
     */
    private void recountCrossed(Long2IntOpenHashMap sizeBefore, int[] added) {
        int firstNew = added.length == 0 ? Integer.MAX_VALUE : added[0];
        LongOpenHashSet recount = new LongOpenHashSet();
        for (long g : sizeBefore.keySet()) {
            IntArrayList items = postings.get(g);
            if (items == null || (items.size() <= maxPostings) == (sizeBefore.get(g) <= maxPostings)) {
                continue;
            }
            int[] old = items.intStream().filter(h -> h < firstNew).toArray();
            for (int x = 0; x < old.length; x++) {
                for (int y = x + 1; y < old.length; y++) {
                    recount.add(pair(old[x], old[y]));
                }
            }
        }
        for (long p : recount) {
            if (shared(itemGrams.get(first(p)), itemGrams.get(second(p))) < minShared) {
                forget(p);
            } else if (!isCandidate(p)) {
                unknown.add(p);
            }
        }
    }

    /** The other items sharing at least {@code minShared} informative grams with item {@code h}. */
    private int[] partners(int h, long[] grams) {
        Int2IntOpenHashMap counts = new Int2IntOpenHashMap();
        for (long g : grams) {
            IntArrayList items = postings.get(g);
            if (items.size() > maxPostings) {
                continue;
            }
            for (int k = 0; k < items.size(); k++) {
                int j = items.getInt(k);
                if (j != h) {
                    counts.addTo(j, 1);
                }
            }
        }
        return counts.int2IntEntrySet().stream().filter(e -> e.getIntValue() >= minShared)
                .mapToInt(e -> e.getIntKey()).toArray();
    }

    /** How many informative grams two items (grams ascending) share. */
    private int shared(long[] a, long[] b) {
        return NgramIndex.common(a, b, g -> postings.get(g).size() <= maxPostings);
    }
}
