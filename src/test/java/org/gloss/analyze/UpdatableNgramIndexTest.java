package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UpdatableNgramIndexTest {

    /**
     * Seeds × caps × thresholds × representatives of common grams: small caps make grams cross
     * the cap on most updates, and make most grams common.
     */
    static List<int[]> settings() {
        List<int[]> out = new ArrayList<>();
        for (int seed = 0; seed < 40; seed++) {
            out.add(new int[] {seed, 2 + seed % 4, 1 + seed % 3, seed % 4});
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("settings")
    void afterAnyUpdatesThePairsAreThoseOfAFreshIndex(int[] setting) {
        Random random = new Random(setting[0]);
        int cap = setting[1];
        int minShared = setting[2];
        KeyLimits limits = new KeyLimits(cap, setting[3], setting[0] % 2 == 0 ? 0.5 : 0.2);
        UpdatableNgramIndex updatable = new UpdatableNgramIndex(limits, minShared);
        List<Integer> handles = new ArrayList<>();
        List<long[]> present = new ArrayList<>();
        for (int round = 0; round < 30; round++) {
            // Remove a few items, add a few, with grams from a small alphabet so many are shared.
            List<Integer> removedAt = new ArrayList<>();
            for (int k = 0; k < present.size(); k++) {
                if (random.nextInt(5) == 0) {
                    removedAt.add(k);
                }
            }
            int[] removed = removedAt.stream().mapToInt(handles::get).toArray();
            for (int k = removedAt.size() - 1; k >= 0; k--) {
                handles.remove((int) removedAt.get(k));
                present.remove((int) removedAt.get(k));
            }
            List<long[]> added = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) {
                long[] grams = new long[random.nextInt(6)];
                for (int g = 0; g < grams.length; g++) {
                    grams[g] = random.nextInt(12);
                }
                added.add(grams);
            }
            int[] newHandles = updatable.update(removed, added);
            // New items go anywhere in the corpus order: common grams' pairs depend on it.
            for (int k = 0; k < newHandles.length; k++) {
                int at = random.nextInt(handles.size() + 1);
                handles.add(at, newHandles[k]);
                present.add(at, added.get(k));
            }
            updatable.refreshCommon(handles::indexOf);
            // Compare some of the new pairs, as a link would, so that every kind of pair is updated.
            for (long p : updatable.unknown().toLongArray()) {
                if (random.nextBoolean()) {
                    updatable.remember(p, random.nextInt(3));
                }
            }
            for (long p : updatable.commonUnknown().toLongArray()) {
                if (random.nextBoolean()) {
                    updatable.remember(p, random.nextInt(3));
                }
            }
            assertEquals(freshPairs(present, limits, minShared), updatablePairs(updatable, handles),
                    "round " + round);
        }
    }

    @Test
    void aPairKeepsItsScoreWhileItStaysACandidate() {
        UpdatableNgramIndex index = new UpdatableNgramIndex(10, 1);
        int[] h = index.update(new int[0], List.of(new long[] {1, 2}, new long[] {2, 3}));
        index.remember(UpdatableNgramIndex.pair(h[0], h[1]), 0.7);
        int[] more = index.update(new int[0], List.of(new long[] {3, 4}));
        assertEquals(0.7, index.matches().get(UpdatableNgramIndex.pair(h[1], h[0])));
        assertEquals(Set.of(UpdatableNgramIndex.pair(h[1], more[0])), Set.copyOf(index.unknown()));
        index.update(new int[] {h[0]}, List.of());
        assertEquals(0, index.matches().size());
        assertEquals(1, index.size());
    }

    @Test
    void aCommonGramsPairsKeepTheirScoresWhileTheyStayPairs() {
        UpdatableNgramIndex index = new UpdatableNgramIndex(new KeyLimits(2, 1, 0.5), 1);
        int[] h = index.update(new int[0], List.of(new long[] {1, 2, 3}, new long[] {1, 2}, new long[] {1, 2}));
        List<Integer> order = new ArrayList<>(List.of(h[0], h[1], h[2]));
        index.refreshCommon(order::indexOf);
        assertEquals(0, index.unknown().size(), "grams 1 and 2 are common: no ordinary pair");
        assertEquals(Set.of(UpdatableNgramIndex.pair(h[0], h[1]), UpdatableNgramIndex.pair(h[0], h[2])),
                Set.copyOf(index.commonUnknown()), "each item is paired with the fullest");
        index.remember(UpdatableNgramIndex.pair(h[0], h[1]), 0.9);
        index.refreshCommon(order::indexOf);
        assertEquals(0.9, index.commonScores().get(UpdatableNgramIndex.pair(h[0], h[1])));
        assertEquals(Set.of(UpdatableNgramIndex.pair(h[0], h[2])), Set.copyOf(index.commonUnknown()));
        index.update(new int[] {h[0]}, List.of());
        order.remove(0);
        index.refreshCommon(order::indexOf);
        assertEquals(0, index.commonScores().size(), "the pair is gone with its item");
    }

    private static Set<String> freshPairs(List<long[]> items, KeyLimits limits, int minShared) {
        NgramIndex fresh = new NgramIndex(limits);
        items.forEach(fresh::add);
        return fresh.candidatePairs(minShared).stream().map(p -> p[0] + "-" + p[1])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The updatable index's pairs, named by place in {@code handles} as the fresh index names them. */
    private static Set<String> updatablePairs(UpdatableNgramIndex index, List<Integer> handles) {
        Set<String> out = new TreeSet<>();
        List<Long> all = new ArrayList<>(index.unknown());
        all.addAll(index.matches().keySet());
        all.addAll(index.unmatched());
        all.addAll(index.commonUnknown());
        all.addAll(index.commonScores().keySet());
        for (long p : all) {
            int i = handles.indexOf(UpdatableNgramIndex.first(p));
            int j = handles.indexOf(UpdatableNgramIndex.second(p));
            out.add(Math.min(i, j) + "-" + Math.max(i, j));
        }
        assertEquals(all.size(), out.size(), "a pair is unknown, matched or unmatched: never two of these");
        return out;
    }
}
