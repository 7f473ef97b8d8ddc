package org.gloss.analyze;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link CandidateState} brought up to date after an edit, from the last build's state and the
 * items now, without the old items' grams: what lets a build after one edit find its candidate
 * pairs from the edited articles' items (and the grams they touch) instead of indexing the whole
 * corpus again. The result is exactly the state {@link NgramIndex#state} gives for the items now
 * ({@code CandidateUpdateTest} pins the two together over random edits).
 *
 * <p>Items are the unchanged ones, each known by its old number ({@code was}), and the new ones
 * ({@code was[i] < 0}); old items not mapped are gone. What can change:
 * <ul>
 * <li>a gram's count, only for grams the gone or the new items held. The gone items' grams are not
 * known, but a gram they held is either common (its count was kept) or informative before, and an
 * informative gram that loses holders stays informative. So one pass over every item's grams counts
 * the old common grams and the new items' grams: that finds every gram that crossed the cap, and
 * every common gram a gone item held (its count fell by more than the new items explain);</li>
 * <li>the informative pairs: those of gone items go; those of new items are counted through the
 * new items' grams; pairs of unchanged items change only through a gram that crossed the cap, and
 * are counted again;</li>
 * <li>the suggested pairs: only through common grams whose holders changed (their representatives
 * are chosen again) or that stopped being common. A pair one of them no longer suggests is kept
 * when another common gram still does.</li>
 * </ul>
 * Unchanged items must keep their order (the representatives' last tie-break is the place in the
 * corpus); when they do not, or the old state does not fit, there is no update ({@code null}) and
 * the caller indexes afresh.
 */
final class CandidateUpdate {

    private final CandidateState old;
    private final List<long[]> grams;
    private final KeyLimits limits;
    private final int maxPostings;
    private final int minShared;
    private final int[] now;
    private final boolean[] isNew;
    private final int[] added;
    /** Each item's distinct grams ascending, made when first needed. */
    private final long[][] sorted;

    private CandidateUpdate(CandidateState old, List<long[]> grams, KeyLimits limits, int minShared, int[] now,
                            boolean[] isNew, int[] added) {
        this.old = old;
        this.grams = grams;
        this.limits = limits;
        this.maxPostings = limits.maxPostings();
        this.minShared = minShared;
        this.now = now;
        this.isNew = isNew;
        this.added = added;
        this.sorted = new long[grams.size()][];
    }

    /**
     * The state for {@code grams} (the items now), given {@code old}, the state for {@code oldItems}
     * items, and each item's old number ({@code was[i]}, or -1 for a new item); null when it cannot
     * be updated exactly (unchanged items out of their old order, or an old state that does not fit).
     */
    static CandidateState update(CandidateState old, int oldItems, long[] was, List<long[]> grams, KeyLimits limits,
                                 int minShared) {
        if (was.length != grams.size() || !old.fits(oldItems, limits.maxPostings())) {
            return null;
        }
        int[] now = new int[oldItems];
        Arrays.fill(now, -1);
        boolean[] isNew = new boolean[grams.size()];
        IntArrayList added = new IntArrayList();
        long last = -1;
        for (int i = 0; i < was.length; i++) {
            if (was[i] < 0) {
                isNew[i] = true;
                added.add(i);
            } else {
                if (was[i] <= last || was[i] >= oldItems) {
                    return null;
                }
                last = was[i];
                now[(int) was[i]] = i;
            }
        }
        return new CandidateUpdate(old, grams, limits, minShared, now, isNew, added.toIntArray()).run();
    }

    /** The grams watched, numbered: the old common grams first (in their order), then the new items' other grams. */
    private Long2IntOpenHashMap watched;
    private long[] watchedGrams;
    private int[] count;
    private int[] countNew;
    private IntArrayList[] holders;
    /** The new items holding each watched gram (null: none). */
    private IntArrayList[] newHolders;
    /** Each watched gram's representatives now, when it is common now. */
    private int[][] repsNow;

    private CandidateState run() {
        int oldCommon = old.commonGrams().length;
        watched = new Long2IntOpenHashMap(oldCommon * 2 + 64);
        watched.defaultReturnValue(-1);
        LongArrayList order = new LongArrayList(oldCommon + 64);
        for (long g : old.commonGrams()) {
            watched.put(g, order.size());
            order.add(g);
        }
        for (int i : added) {
            for (long g : grams.get(i)) {
                if (watched.putIfAbsent(g, order.size()) == -1) {
                    order.add(g);
                }
            }
        }
        watchedGrams = order.toLongArray();
        int w = watchedGrams.length;
        count = new int[w];
        countNew = new int[w];
        holders = new IntArrayList[w];
        repsNow = new int[w][];
        // The holders of the new items' grams that were not common: few, and what their pairs are counted through.
        boolean[] wanted = new boolean[w];
        Arrays.fill(wanted, oldCommon, w, true);
        scan(wanted, true);
        IntArrayList[] newHolders = new IntArrayList[w];
        for (int i : added) {
            for (long g : sorted(i)) {
                int k = watched.get(g);
                if (newHolders[k] == null) {
                    newHolders[k] = new IntArrayList();
                }
                newHolders[k].add(i);
            }
        }
        this.newHolders = newHolders;
        CommonGrams.Items items = items();
        int k = limits.representatives();
        // Old common grams: the holders are needed only of those that stopped being common (their
        // pairs are counted again) and of those whose representatives changed (their pairs with
        // every holder). A common gram whose representatives are all still present keeps the
        // fullest of them and of the new holders: no other unchanged holder can outrank them.
        boolean[] more = new boolean[w];
        boolean any = false;
        for (int c = 0; c < oldCommon; c++) {
            int gone = old.commonCounts()[c] - (count[c] - countNew[c]);
            if (gone < 0) {
                return null; // more unchanged holders than the old count: not this corpus's state
            }
            int[] before = mappedReps(c);
            boolean allThere = before.length == old.repStart()[c + 1] - old.repStart()[c];
            if (!limits.common(count[c])) {
                more[c] = true;
            } else if (gone == 0 && countNew[c] == 0) {
                if (!allThere) {
                    return null; // a representative gone, though no holder is: not this corpus's state
                }
                repsNow[c] = before;
            } else if (allThere) {
                IntArrayList pool = new IntArrayList(before);
                if (newHolders[c] != null) {
                    pool.addAll(newHolders[c]);
                }
                repsNow[c] = CommonGrams.representatives(pool, k, items);
                more[c] = !Arrays.equals(repsNow[c], before);
            } else {
                more[c] = true;
            }
            any |= more[c];
        }
        if (any) {
            scan(more, false);
        }
        LongOpenHashSet common = new LongOpenHashSet();
        for (int g = 0; g < w; g++) {
            if (limits.common(count[g])) {
                common.add(watchedGrams[g]);
                if (repsNow[g] == null) {
                    repsNow[g] = CommonGrams.representatives(holders[g], k, items);
                }
            }
        }
        long[] informative = informative(common);
        if (informative == null) {
            return null;
        }
        return suggested(common, informative);
    }

    /**
     * One pass over every item's grams: counts the watched grams' holders (all, and new) when
     * {@code counting}, and lists the holders of the grams {@code wanted}.
     */
    private void scan(boolean[] wanted, boolean counting) {
        int[] lastItem = new int[watchedGrams.length];
        Arrays.fill(lastItem, -1);
        for (int k = 0; k < wanted.length; k++) {
            if (wanted[k]) {
                holders[k] = new IntArrayList();
            }
        }
        for (int i = 0; i < grams.size(); i++) {
            for (long g : grams.get(i)) {
                int k = watched.get(g);
                if (k >= 0 && lastItem[k] != i) {
                    lastItem[k] = i;
                    if (counting) {
                        count[k]++;
                        if (isNew[i]) {
                            countNew[k]++;
                        }
                    }
                    if (wanted[k]) {
                        holders[k].add(i);
                    }
                }
            }
        }
    }

    /** The informative pairs now, or null when the old state does not fit the corpus. */
    private long[] informative(LongOpenHashSet common) {
        LongArrayList kept = mapped(old.informative());
        LongOpenHashSet in = new LongOpenHashSet();
        LongOpenHashSet out = new LongOpenHashSet();
        // Pairs of unchanged items sharing a gram that crossed the cap: counted again.
        LongOpenHashSet recount = new LongOpenHashSet();
        for (int k = 0; k < watchedGrams.length; k++) {
            boolean wasCommon = k < old.commonGrams().length;
            if (wasCommon == limits.common(count[k])) {
                continue;
            }
            IntArrayList h = holders[k];
            for (int x = 0; x < h.size(); x++) {
                if (isNew[h.getInt(x)]) {
                    continue;
                }
                for (int y = x + 1; y < h.size(); y++) {
                    if (!isNew[h.getInt(y)]) {
                        recount.add(UpdatableNgramIndex.pair(h.getInt(x), h.getInt(y)));
                    }
                }
            }
        }
        for (long p : recount) {
            if (NgramIndex.common(sorted(UpdatableNgramIndex.first(p)), sorted(UpdatableNgramIndex.second(p)),
                    g -> !common.contains(g)) >= minShared) {
                in.add(p);
            } else {
                out.add(p);
            }
        }
        // The new items' pairs, through their informative grams.
        Int2IntOpenHashMap shared = new Int2IntOpenHashMap();
        for (int i : added) {
            shared.clear();
            for (long g : sorted(i)) {
                int w = watched.get(g);
                if (limits.common(count[w])) {
                    continue;
                }
                IntArrayList h = holders[w];
                for (int k = 0; k < h.size(); k++) {
                    if (h.getInt(k) != i) {
                        shared.addTo(h.getInt(k), 1);
                    }
                }
            }
            for (Int2IntOpenHashMap.Entry e : shared.int2IntEntrySet()) {
                if (e.getIntValue() >= minShared) {
                    in.add(UpdatableNgramIndex.pair(i, e.getIntKey()));
                }
            }
        }
        return merged(kept, out, in);
    }

    /** The state now, its suggested pairs and common grams brought up to date. */
    private CandidateState suggested(LongOpenHashSet common, long[] informative) {
        int oldCommon = old.commonGrams().length;
        // The common grams now, ascending, each with its count and representatives.
        long[] commonGrams = common.toLongArray();
        Arrays.sort(commonGrams);
        int[] counts = new int[commonGrams.length];
        int[] repStart = new int[commonGrams.length + 1];
        IntArrayList reps = new IntArrayList();
        LongOpenHashSet add = new LongOpenHashSet();
        LongOpenHashSet lost = new LongOpenHashSet();
        // Pairs already tried: an item holding many of the grams whose representatives changed
        // meets the same new representative through each of them.
        LongOpenHashSet tried = new LongOpenHashSet();
        CommonGrams.Items items = items();
        for (int c = 0; c < commonGrams.length; c++) {
            int w = watched.get(commonGrams[c]);
            counts[c] = count[w];
            int[] before = w < oldCommon ? mappedReps(w) : new int[0];
            int[] r = repsNow[w];
            IntArrayList h = holders[w];
            if (h == null) {
                // The same representatives: only the new holders' pairs with them are new.
                IntArrayList fresh = newHolders[w];
                for (int x = 0; fresh != null && x < fresh.size(); x++) {
                    for (int rep : r) {
                        int item = fresh.getInt(x);
                        if (item != rep) {
                            tryPair(item, rep, tried, add, items);
                        }
                    }
                }
            } else {
                for (int rep : r) {
                    boolean stays = contains(before, rep);
                    for (int x = 0; x < h.size(); x++) {
                        int item = h.getInt(x);
                        // A pair a kept representative suggested before is still suggested.
                        if (item != rep && (!stays || isNew[item])) {
                            tryPair(item, rep, tried, add, items);
                        }
                    }
                }
                for (int rep : before) {
                    if (!contains(r, rep)) {
                        addLost(lost, h, rep);
                    }
                }
            }
            reps.addAll(IntArrayList.wrap(r));
            repStart[c + 1] = reps.size();
        }
        // Grams no longer common suggest nothing now.
        for (int w = 0; w < oldCommon; w++) {
            if (!limits.common(count[w])) {
                for (int rep : mappedReps(w)) {
                    addLost(lost, holders[w], rep);
                }
            }
        }
        CandidateState now = new CandidateState(informative, new long[0], commonGrams, counts, repStart, reps.toIntArray());
        LongArrayList kept = mapped(old.suggested());
        LongOpenHashSet out = new LongOpenHashSet();
        for (long p : lost) {
            if (!add.contains(p) && Arrays.binarySearch(kept.elements(), 0, kept.size(), p) >= 0
                    && !stillSuggested(now, UpdatableNgramIndex.first(p), UpdatableNgramIndex.second(p))) {
                out.add(p);
            }
        }
        long[] suggested = merged(kept, out, add);
        if (suggested == null) {
            return null;
        }
        return new CandidateState(informative, suggested, commonGrams, counts, repStart, now.reps());
    }

    /** Adds the pair of {@code item} and representative {@code rep} to {@code add} when they share enough grams; each pair tried once. */
    private void tryPair(int item, int rep, LongOpenHashSet tried, LongOpenHashSet add, CommonGrams.Items items) {
        long p = UpdatableNgramIndex.pair(item, rep);
        if (tried.add(p) && CommonGrams.paired(item, rep, minShared, limits, items)) {
            add.add(p);
        }
    }

    /** The pairs of unchanged holders with {@code rep}, which a gram may no longer suggest. */
    private void addLost(LongOpenHashSet lost, IntArrayList holders, int rep) {
        for (int x = 0; x < holders.size(); x++) {
            int item = holders.getInt(x);
            if (item != rep && !isNew[item]) {
                lost.add(UpdatableNgramIndex.pair(item, rep));
            }
        }
    }

    /** Whether some common gram of {@code now} held by one of the items has the other among its representatives. */
    private boolean stillSuggested(CandidateState now, int a, int b) {
        return suggests(now, a, b) || suggests(now, b, a);
    }

    private boolean suggests(CandidateState now, int holder, int rep) {
        for (long g : sorted(holder)) {
            int c = Arrays.binarySearch(now.commonGrams(), g);
            if (c >= 0) {
                for (int r = now.repStart()[c]; r < now.repStart()[c + 1]; r++) {
                    if (now.reps()[r] == rep) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The old representatives of old common gram {@code c} that are still present, by their numbers now. */
    private int[] mappedReps(int c) {
        IntArrayList out = new IntArrayList();
        for (int r = old.repStart()[c]; r < old.repStart()[c + 1]; r++) {
            int item = now[old.reps()[r]];
            if (item >= 0) {
                out.add(item);
            }
        }
        return out.toIntArray();
    }

    /** The old pairs whose two items are present, by their numbers now (still ascending: unchanged items keep their order). */
    private LongArrayList mapped(long[] pairs) {
        LongArrayList out = new LongArrayList(pairs.length);
        for (long p : pairs) {
            int i = now[UpdatableNgramIndex.first(p)];
            int j = now[UpdatableNgramIndex.second(p)];
            if (i >= 0 && j >= 0) {
                out.add(UpdatableNgramIndex.pair(i, j));
            }
        }
        return out;
    }

    /** {@code kept} without {@code out}, with {@code in}, ascending. */
    private static long[] merged(LongArrayList kept, LongOpenHashSet out, LongOpenHashSet in) {
        long[] extra = in.toLongArray();
        Arrays.sort(extra);
        long[] result = new long[kept.size() + extra.length];
        int n = 0;
        int e = 0;
        for (int k = 0; k < kept.size(); k++) {
            long p = kept.getLong(k);
            while (e < extra.length && extra[e] < p) {
                result[n++] = extra[e++];
            }
            if (e < extra.length && extra[e] == p) {
                e++;
            }
            if (!out.contains(p)) {
                result[n++] = p;
            }
        }
        while (e < extra.length) {
            result[n++] = extra[e++];
        }
        return Arrays.copyOf(result, n);
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /** An item's distinct grams, ascending. */
    private long[] sorted(int item) {
        long[] s = sorted[item];
        if (s == null) {
            s = NgramIndex.sortedDistinct(grams.get(item));
            sorted[item] = s;
        }
        return s;
    }

    /** The items as the choice of representatives sees them, numbered as now. */
    private CommonGrams.Items items() {
        return new CommonGrams.Items() {
            @Override
            public int size(int item) {
                return sorted(item).length;
            }

            @Override
            public int compareGrams(int a, int b) {
                return Arrays.compare(sorted(a), sorted(b));
            }

            @Override
            public boolean sharesAtLeast(int a, int b, int needed) {
                return CandidateUpdate.sharesAtLeast(sorted(a), sorted(b), needed);
            }

            @Override
            public int position(int item) {
                return item;
            }
        };
    }

    /** Whether two ascending, distinct arrays share at least {@code needed} values: a merge that stops once it knows. */
    static boolean sharesAtLeast(long[] a, long[] b, int needed) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (n < needed) {
            if (n + Math.min(a.length - i, b.length - j) < needed) {
                return false;
            }
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return true;
    }
}
