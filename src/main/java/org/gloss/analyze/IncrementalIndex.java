package org.gloss.analyze;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2DoubleMap;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An {@link UpdatableNgramIndex} over the items of each article's findings, kept between links:
 * {@link #update} drops the items of articles whose findings are gone and adds those of new ones
 * (an unchanged article passes the same object again, by identity), then gives the candidate pairs
 * by item index, with the scores of pairs already compared. What an incremental linker is built on.
 *
 * @param <A> one article's findings
 */
public final class IncrementalIndex<A> {

    private final UpdatableNgramIndex index;
    private final Function<A, List<long[]>> items;
    /** The handles of each indexed article's items, by the identity of its findings. */
    private Map<A, int[]> indexed = new IdentityHashMap<>();

    /**
     * An index of the grams {@code items} gives for each article (one array per item, in item
     * order), comparing items that share {@code minShared} grams, each gram with at most
     * {@code maxPostings} items.
     */
    public IncrementalIndex(int maxPostings, int minShared, Function<A, List<long[]>> items) {
        this(KeyLimits.dropping(maxPostings), minShared, items);
    }

    /** As {@link NgramIndex#NgramIndex(KeyLimits)} would pair the items: what a fresh link compares. */
    public IncrementalIndex(KeyLimits limits, int minShared, Function<A, List<long[]>> items) {
        this.index = new UpdatableNgramIndex(limits, minShared);
        this.items = items;
    }

    /**
     * Brings the index to exactly {@code perArticle}'s items, and returns the candidate pairs
     * named by item index (items numbered through {@code perArticle} in order), remembering the
     * score of each new pair compared.
     */
    public PairCandidates update(List<A> perArticle) {
        Map<A, int[]> current = new IdentityHashMap<>();
        List<A> added = new ArrayList<>();
        for (A a : perArticle) {
            int[] h = indexed.remove(a);
            if (h == null) {
                added.add(a);
            } else {
                current.put(a, h);
            }
        }
        int[] removed = indexed.values().stream().flatMapToInt(Arrays::stream).toArray();
        List<List<long[]>> addedItems = added.stream().map(items).toList();
        int[] handles = index.update(removed, addedItems.stream().flatMap(List::stream).toList());
        int next = 0;
        for (int k = 0; k < added.size(); k++) {
            int n = addedItems.get(k).size();
            current.put(added.get(k), Arrays.copyOfRange(handles, next, next + n));
            next += n;
        }
        indexed = current;
        return candidates(perArticle.stream().flatMapToInt(a -> Arrays.stream(current.get(a))).toArray());
    }

    private static void addPairs(LongOpenHashSet pairs, Int2IntOpenHashMap at, List<int[]> out) {
        for (long p : pairs) {
            int i = at.get(UpdatableNgramIndex.first(p));
            int j = at.get(UpdatableNgramIndex.second(p));
            out.add(new int[] {Math.min(i, j), Math.max(i, j)});
        }
    }

    /** The pairs that matched (score above 0), by item index. */
    private static void addMatches(Long2DoubleOpenHashMap scores, Int2IntOpenHashMap at, List<PairCandidates.Match> out) {
        for (Long2DoubleMap.Entry e : scores.long2DoubleEntrySet()) {
            if (e.getDoubleValue() > 0) {
                int i = at.get(UpdatableNgramIndex.first(e.getLongKey()));
                int j = at.get(UpdatableNgramIndex.second(e.getLongKey()));
                out.add(new PairCandidates.Match(Math.min(i, j), Math.max(i, j), e.getDoubleValue()));
            }
        }
    }

    /** The candidate pairs by item index ({@code handleAt[i]} is item i's handle), remembering new scores. */
    private PairCandidates candidates(int[] handleAt) {
        Int2IntOpenHashMap at = new Int2IntOpenHashMap(handleAt.length);
        for (int i = 0; i < handleAt.length; i++) {
            at.put(handleAt[i], i);
        }
        index.refreshCommon(at::get);
        List<int[]> unknown = new ArrayList<>(index.unknown().size() + index.commonUnknown().size());
        addPairs(index.unknown(), at, unknown);
        addPairs(index.commonUnknown(), at, unknown);
        List<PairCandidates.Match> known = new ArrayList<>(index.matches().size());
        addMatches(index.matches(), at, known);
        addMatches(index.commonScores(), at, known);
        return new PairCandidates(unknown, known,
                (i, j, score) -> index.remember(UpdatableNgramIndex.pair(handleAt[i], handleAt[j]), score));
    }
}
