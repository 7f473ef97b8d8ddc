package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A candidate state updated after any edits equals the state a fresh index gives for the items now. */
class CandidateUpdateTest {

    /** An article: a key that changes with its items, and its items' grams. */
    private record Art(int key, List<long[]> items) {
    }

    /**
     * Seeds × caps × thresholds × representatives of common grams: small caps and a small alphabet
     * make grams cross the cap on most edits, and make most grams common. Representatives -1: the
     * shared passages' rule ({@link KeyLimits#dropping}, two shared grams), common grams dropped.
     */
    static List<int[]> settings() {
        List<int[]> out = new ArrayList<>();
        for (int seed = 0; seed < 60; seed++) {
            out.add(new int[] {seed, 2 + seed % 5, 1 + seed % 3, seed % 4});
        }
        for (int seed = 60; seed < 80; seed++) {
            out.add(new int[] {seed, 2 + seed % 5, 2, -1});
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("settings")
    void afterAnyEditsTheUpdatedStateIsAFreshIndexs(int[] setting) {
        Random random = new Random(setting[0]);
        int minShared = setting[2];
        KeyLimits limits = setting[3] < 0 ? KeyLimits.dropping(setting[1])
                : new KeyLimits(setting[1], setting[3], setting[0] % 2 == 0 ? 0.5 : 0.2);
        int[] keys = {0};
        List<Art> arts = new ArrayList<>();
        for (int a = 0; a < 6 + random.nextInt(10); a++) {
            arts.add(article(random, keys));
        }
        CandidateState state = fresh(arts, limits, minShared);
        int updated = 0;
        for (int round = 0; round < 40; round++) {
            List<Art> before = new ArrayList<>(arts);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int k = random.nextInt(arts.size() + 1);
                switch (random.nextInt(5)) {
                    case 0, 1 -> {
                        if (k < arts.size()) {
                            arts.set(k, edited(arts.get(k), random, keys));
                        }
                    }
                    case 2 -> {
                        if (arts.size() > 1 && k < arts.size()) {
                            arts.remove(k);
                        }
                    }
                    case 3 -> arts.add(k, article(random, keys));
                    default -> {
                        // Nothing: an edit that leaves the article as it was (a new key, the same grams).
                        if (k < arts.size()) {
                            arts.set(k, new Art(keys[0]++, arts.get(k).items()));
                        }
                    }
                }
            }
            CandidateState expected = fresh(arts, limits, minShared);
            CandidateState got = CandidateUpdate.update(state, items(before).size(), was(before, arts),
                    items(arts), limits, minShared);
            assertNotNull(got, "round " + round + ": unchanged articles kept their order");
            assertTrue(got.same(expected), "round " + round + ": " + describe(got) + " against " + describe(expected));
            updated++;
            // Mostly go on from the updated state, as build after build does.
            state = random.nextInt(4) == 0 ? expected : got;
        }
        assertEquals(40, updated);
    }

    @Test
    void theStatesPairsAreTheFreshIndexsCandidatePairs() {
        Random random = new Random(3);
        for (int t = 0; t < 200; t++) {
            KeyLimits limits = new KeyLimits(2 + t % 4, t % 3, t % 2 == 0 ? 0.5 : 0.2);
            List<long[]> items = new ArrayList<>();
            for (int i = 0; i < 5 + random.nextInt(30); i++) {
                items.add(grams(random));
            }
            NgramIndex index = new NgramIndex(limits);
            items.forEach(index::add);
            NgramIndex again = new NgramIndex(limits);
            items.forEach(again::add);
            long[] pairs = index.state(1 + t % 3).pairs();
            TreeSet<Long> expected = again.candidatePairs(1 + t % 3).stream()
                    .map(p -> UpdatableNgramIndex.pair(p[0], p[1])).collect(Collectors.toCollection(TreeSet::new));
            TreeSet<Long> got = Arrays.stream(pairs).boxed().collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, got);
            assertEquals(pairs.length, got.size(), "each pair once");
        }
    }

    @Test
    void unchangedArticlesOutOfTheirOrderOrAStateThatDoesNotFitAreNotUpdated() {
        Random random = new Random(7);
        KeyLimits limits = new KeyLimits(2, 2, 0.5);
        int[] keys = {0};
        List<Art> arts = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            arts.add(article(random, keys));
        }
        CandidateState state = fresh(arts, limits, 1);
        assertTrue(state.commonGrams().length > 0, "the corpus must have common grams, or the test shows little");
        int n = items(arts).size();
        List<Art> swapped = new ArrayList<>(arts);
        java.util.Collections.swap(swapped, 2, 7);
        assertNull(CandidateUpdate.update(state, n, was(arts, swapped), items(swapped), limits, 1));
        // Counts that the corpus cannot have had (fewer holders than the unchanged items hold).
        int[] lower = state.commonCounts().clone();
        lower[0] = limits.maxPostings() + 1;
        CandidateState wrongCounts = new CandidateState(state.informative(), state.suggested(), state.commonGrams(),
                lower, state.repStart(), state.reps());
        if (state.commonCounts()[0] > limits.maxPostings() + 1) {
            assertNull(CandidateUpdate.update(wrongCounts, n, was(arts, arts), items(arts), limits, 1));
        }
        // Pairs out of order, or naming items that do not exist.
        long[] informative = state.informative().clone();
        if (informative.length > 1) {
            long first = informative[0];
            informative[0] = informative[1];
            informative[1] = first;
            assertNull(CandidateUpdate.update(new CandidateState(informative, state.suggested(), state.commonGrams(),
                    state.commonCounts(), state.repStart(), state.reps()), n, was(arts, arts), items(arts), limits, 1));
        }
        assertNull(CandidateUpdate.update(state, n - 1, was(arts, arts), items(arts), limits, 1));
        assertTrue(CandidateUpdate.update(state, n, was(arts, arts), items(arts), limits, 1).same(state));
    }

    private static Art article(Random random, int[] keys) {
        List<long[]> items = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            items.add(grams(random));
        }
        return new Art(keys[0]++, items);
    }

    /** The article with one item changed, added or removed, under a new key. */
    private static Art edited(Art a, Random random, int[] keys) {
        List<long[]> items = new ArrayList<>(a.items());
        int k = random.nextInt(items.size() + 1);
        if (k == items.size()) {
            items.add(random.nextInt(items.size() + 1), grams(random));
        } else if (random.nextBoolean()) {
            items.set(k, grams(random));
        } else {
            items.remove(k);
        }
        return new Art(keys[0]++, items);
    }

    /** Grams from a small alphabet, repeats allowed, so that many are shared and some are common. */
    private static long[] grams(Random random) {
        long[] g = new long[random.nextInt(7)];
        for (int i = 0; i < g.length; i++) {
            // Spread over the whole range of longs, both signs, as hashes are.
            g[i] = (random.nextInt(14) - 7) * 0x1234_5678_9abc_def1L;
        }
        return g;
    }

    private static List<long[]> items(List<Art> arts) {
        return arts.stream().flatMap(a -> a.items().stream()).toList();
    }

    private static CandidateState fresh(List<Art> arts, KeyLimits limits, int minShared) {
        NgramIndex index = new NgramIndex(limits);
        items(arts).forEach(index::add);
        return index.state(minShared);
    }

    /** Each item's number before, by its article's key and place ({@link RememberedPairs}'s rule), or -1. */
    private static long[] was(List<Art> before, List<Art> now) {
        Map<Integer, Integer> start = new HashMap<>();
        int item = 0;
        for (Art a : before) {
            start.put(a.key(), item);
            item += a.items().size();
        }
        long[] was = new long[items(now).size()];
        int at = 0;
        for (Art a : now) {
            Integer s = start.get(a.key());
            for (int t = 0; t < a.items().size(); t++) {
                was[at++] = s == null ? -1 : s + t;
            }
        }
        return was;
    }

    private static String describe(CandidateState s) {
        return "informative " + Arrays.toString(s.informative()) + ", suggested " + Arrays.toString(s.suggested())
                + ", common " + Arrays.toString(s.commonGrams()) + " counts " + Arrays.toString(s.commonCounts())
                + " reps " + Arrays.toString(s.repStart()) + " " + Arrays.toString(s.reps());
    }
}
