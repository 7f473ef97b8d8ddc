package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NgramIndexTest {

    @Test
    void pairsShareGrams() {
        NgramIndex index = new NgramIndex(10);
        index.add(NgramIndex.bigrams(List.of("a", "b", "c")));
        index.add(NgramIndex.bigrams(List.of("x", "a", "b")));
        index.add(NgramIndex.bigrams(List.of("y", "z")));
        List<int[]> pairs = index.candidatePairs(1);
        assertEquals(1, pairs.size());
        assertEquals(0, pairs.get(0)[0]);
        assertEquals(1, pairs.get(0)[1]);
    }

    @Test
    void aGramInTooManyItemsSuggestsNoPair() {
        NgramIndex capped = new NgramIndex(5);
        NgramIndex open = new NgramIndex(50);
        for (int i = 0; i < 20; i++) {
            long[] g = NgramIndex.bigrams(List.of("the", "said", "w" + i));
            capped.add(g);
            open.add(g);
        }
        assertEquals(0, capped.candidatePairs(1).size());
        assertEquals(20 * 19 / 2, open.candidatePairs(1).size());
    }

    @Test
    void minSharedFiltersPairs() {
        NgramIndex index = new NgramIndex(10);
        index.add(NgramIndex.unigrams(List.of("must", "stop")));
        index.add(NgramIndex.unigrams(List.of("must", "go")));
        assertEquals(1, index.candidatePairs(1).size());
        assertEquals(0, index.candidatePairs(2).size());
    }

    @Test
    void pairsComeInTheOrderTheirItemsAreFirstMetThroughEachRowsGrams() {
        NgramIndex index = new NgramIndex(10);
        index.add(new long[] {7, 3, 7});
        index.add(new long[] {3});
        index.add(new long[] {7});
        index.add(new long[] {9, 3, 7});
        List<String> pairs = index.candidatePairs(1).stream().map(p -> p[0] + "-" + p[1]).toList();
        assertEquals(List.of("0-2", "0-3", "0-1", "1-3", "2-3"), pairs);
    }

    @Test
    void repeatedGramsCountOnce() {
        NgramIndex index = new NgramIndex(10);
        index.add(new long[] {1, 1, 1});
        index.add(new long[] {1, 2});
        assertEquals(0, index.candidatePairs(2).size());
    }

    @Test
    void aCommonGramPairsEachItemWithItsFullestItemsOnly() {
        NgramIndex index = new NgramIndex(new KeyLimits(5, 2, 0.5));
        // One statement printed 30 times in part (items 0-29, the full printing is item 7), and
        // 30 unrelated items sharing only its first gram: every gram of the statement is common.
        for (int i = 0; i < 30; i++) {
            index.add(i == 7 ? new long[] {1, 2, 3, 4, 5, 6} : new long[] {1, 2, 3, 4, 5});
        }
        for (int i = 0; i < 30; i++) {
            index.add(new long[] {1, 100 + 3 * i, 101 + 3 * i, 102 + 3 * i});
        }
        List<String> pairs = index.candidatePairs(1).stream().map(p -> p[0] + "-" + p[1]).toList();
        // The two fullest are item 7 and item 0 (as full as the others, first in order).
        assertEquals(29 + 28, pairs.size(), pairs.toString());
        for (int i = 0; i < 30; i++) {
            if (i != 7) {
                assertTrue(pairs.contains(Math.min(i, 7) + "-" + Math.max(i, 7)), "item " + i);
            }
        }
        assertTrue(pairs.stream().noneMatch(p -> Integer.parseInt(p.split("-")[1]) >= 30),
                "items sharing one common gram of four are never paired");
    }

    @Test
    void droppingCommonGramsPairsNothingThroughThem() {
        NgramIndex index = new NgramIndex(KeyLimits.dropping(5));
        for (int i = 0; i < 30; i++) {
            index.add(new long[] {1, 2, 3});
        }
        assertEquals(0, index.candidatePairs(1).size());
    }

    /**
     * A large index, grams from the whole range of longs (negative ones first in the order the
     * grams are numbered in): exactly the pairs a plain count over every pair gives.
     */
    @Test
    void aLargeIndexPairsExactlyWhatCountingEveryPairDoes() {
        java.util.Random random = new java.util.Random(21);
        long[] pool = new long[3000];
        for (int k = 0; k < pool.length; k++) {
            pool[k] = random.nextLong();
        }
        List<long[]> items = new java.util.ArrayList<>();
        NgramIndex index = new NgramIndex(KeyLimits.dropping(24));
        for (int i = 0; i < 1100; i++) {
            long[] g = new long[60];
            for (int k = 0; k < g.length; k++) {
                g[k] = pool[random.nextInt(pool.length)];
            }
            items.add(NgramIndex.sortedDistinct(g));
            index.add(g);
        }
        java.util.Map<Long, Integer> holders = new java.util.HashMap<>();
        items.forEach(g -> java.util.Arrays.stream(g).forEach(x -> holders.merge(x, 1, Integer::sum)));
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (NgramIndex.common(items.get(i), items.get(j), x -> holders.get(x) <= 24) >= 2) {
                    expected.add(i + "-" + j);
                }
            }
        }
        java.util.Set<String> found = new java.util.TreeSet<>();
        index.candidatePairs(2).forEach(p -> found.add(p[0] + "-" + p[1]));
        assertTrue(expected.size() > 1000, "the test pairs enough items: " + expected.size());
        assertEquals(expected, found);
    }

    /**
     * The distinct grams, numbered through a hash table in the order first met and renumbered
     * ascending, are numbered as a plain sorted set of every entry numbers them: each entry's
     * number is its gram's place in the set, and each number's value the set's gram there.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4})
    void distinctGramsAreNumberedAsASortedSetNumbersThem(long seed) {
        java.util.Random random = new java.util.Random(seed);
        // A small pool (many repeats, as reprinted sentences give) or a large one (few), with the
        // extremes of the range and zero in it.
        long[] pool = new long[seed % 2 == 0 ? 50 : 20_000];
        for (int k = 0; k < pool.length; k++) {
            pool[k] = k < 3 ? new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}[k] : random.nextLong();
        }
        List<long[]> items = new java.util.ArrayList<>();
        int entries = 0;
        for (int i = 0; i < 500; i++) {
            long[] g = new long[random.nextInt(80)];
            for (int k = 0; k < g.length; k++) {
                g[k] = pool[random.nextInt(pool.length)];
            }
            items.add(g);
            entries += g.length;
        }
        java.util.TreeSet<Long> plain = new java.util.TreeSet<>();
        items.forEach(g -> java.util.Arrays.stream(g).forEach(plain::add));
        List<Long> ascending = List.copyOf(plain);
        NgramIndex.DistinctGrams distinct = new NgramIndex.DistinctGrams(items, entries);
        assertEquals(ascending.size(), distinct.size());
        for (int g = 0; g < ascending.size(); g++) {
            assertEquals(ascending.get(g), distinct.value(g));
        }
        int[] numbers = distinct.numbers();
        assertEquals(entries, numbers.length);
        int e = 0;
        for (long[] g : items) {
            for (long x : g) {
                assertEquals(plain.headSet(x).size(), numbers[e++]);
            }
        }
    }

    /** {@link NgramIndex#bigrams} hashes pairs without joining them: the hashes of the joined strings, in order. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void bigramsAreTheHashesOfTheJoinedPairs(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String[] vocabulary = {"the", "said", "a", "", "é", "года", "\uD835\uDC00", "x y", "_", "we'll"};
        for (int n = 0; n < 2000; n++) {
            List<String> words = new java.util.ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                words.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            List<Long> plain = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < words.size(); i++) {
                plain.add(NgramIndex.hash(words.get(i) + " " + words.get(i + 1)));
                if (i + 2 < words.size()) {
                    plain.add(NgramIndex.hash(words.get(i) + " _ " + words.get(i + 2)));
                }
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(plain.stream().mapToLong(Long::longValue).toArray(),
                    NgramIndex.bigrams(words), words::toString);
        }
    }

    /** The bounded merge stops early, yet answers exactly as counting every shared value would. */
    @Test
    void sharesAtLeastAnswersAsCountingEverySharedValue() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 4000; round++) {
            long[] a = randomRun(random);
            long[] b = randomRun(random);
            int shared = NgramIndex.common(a, b, x -> true);
            int[] both = new int[a.length + b.length];
            for (int k = 0; k < a.length; k++) {
                both[k] = (int) a[k];
            }
            for (int k = 0; k < b.length; k++) {
                both[a.length + k] = (int) b[k];
            }
            for (int needed = 0; needed <= Math.min(a.length, b.length) + 2; needed++) {
                assertEquals(shared >= needed, NgramIndex.sharesAtLeast(both, 0, a.length, a.length, both.length, needed),
                        "needed " + needed);
            }
        }
    }

    /** Ascending distinct values from a small range (so runs share some), of length 0 to 40. */
    private static long[] randomRun(java.util.Random random) {
        int range = 5 + random.nextInt(80);
        return java.util.stream.IntStream.range(0, random.nextInt(41)).mapToLong(k -> random.nextInt(range))
                .sorted().distinct().toArray();
    }

    @Test
    void neededIsTheFewestSharedGramsThatAreEnough() {
        for (double share : new double[] {0, 1.0 / 3, 0.5, 0.6, 2.0 / 3, 0.8, 1}) {
            KeyLimits limits = new KeyLimits(64, 3, share);
            for (int smaller = 0; smaller <= 300; smaller++) {
                for (int minShared = 0; minShared <= 3; minShared++) {
                    int needed = limits.needed(smaller, minShared);
                    assertTrue(enough(limits, needed, smaller, minShared), share + " " + smaller + " " + minShared);
                    assertTrue(needed == 0 || !enough(limits, needed - 1, smaller, minShared),
                            share + " " + smaller + " " + minShared);
                }
            }
        }
    }

    /**
     * Pairs through common grams, pinned to a plain reading of {@link KeyLimits}: every common
     * gram's three fullest items (most grams, then the smaller grams, then the earlier item), each
     * paired with every other holder sharing enough of the smaller one's grams.
     */
    @Test
    void commonGramsPairExactlyWhatThePlainRuleSays() {
        java.util.Random random = new java.util.Random(33);
        long[] pool = new long[400];
        for (int k = 0; k < pool.length; k++) {
            pool[k] = random.nextLong();
        }
        KeyLimits limits = new KeyLimits(12, 3, 0.5);
        List<long[]> items = new java.util.ArrayList<>();
        NgramIndex index = new NgramIndex(limits);
        for (int i = 0; i < 700; i++) {
            long[] g = new long[2 + random.nextInt(30)];
            int from = random.nextInt(pool.length - 60);
            for (int k = 0; k < g.length; k++) {
                // Mostly near neighbours in the pool: items overlap as printings of one text do.
                g[k] = pool[random.nextInt(4) == 0 ? random.nextInt(pool.length) : from + random.nextInt(60)];
            }
            items.add(NgramIndex.sortedDistinct(g));
            index.add(g);
        }
        java.util.Map<Long, List<Integer>> holders = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (long x : items.get(i)) {
                holders.computeIfAbsent(x, k -> new java.util.ArrayList<>()).add(i);
            }
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (NgramIndex.common(items.get(i), items.get(j), x -> holders.get(x).size() <= 12) >= 2) {
                    expected.add(i + "-" + j);
                }
            }
        }
        int viaCommon = 0;
        for (List<Integer> posting : holders.values()) {
            if (posting.size() <= 12) {
                continue;
            }
            List<Integer> fullest = posting.stream().sorted(java.util.Comparator
                    .comparingInt((Integer i) -> -items.get(i).length)
                    .thenComparing((x, y) -> java.util.Arrays.compare(rankOf(items.get(x), holders), rankOf(items.get(y), holders)))
                    .thenComparingInt(i -> i)).limit(3).toList();
            for (int rep : fullest) {
                for (int x : posting) {
                    long[] a = items.get(x);
                    long[] b = items.get(rep);
                    if (x != rep && enough(limits, NgramIndex.common(a, b, g -> true), Math.min(a.length, b.length), 2)
                            && expected.add(Math.min(x, rep) + "-" + Math.max(x, rep))) {
                        viaCommon++;
                    }
                }
            }
        }
        java.util.Set<String> found = new java.util.TreeSet<>();
        index.candidatePairs(2).forEach(p -> found.add(p[0] + "-" + p[1]));
        assertTrue(viaCommon > 100, "the test pairs enough items through common grams: " + viaCommon);
        assertEquals(expected, found);
    }

    /** An item's grams as their ranks among all the grams, ascending: the order the index compares them in. */
    private static int[] rankOf(long[] grams, java.util.Map<Long, List<Integer>> holders) {
        long[] all = holders.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        return java.util.Arrays.stream(grams).mapToInt(g -> java.util.Arrays.binarySearch(all, g)).sorted().toArray();
    }

    /**
     * The plain rule {@link KeyLimits#needed} answers: two items sharing {@code shared} grams, the
     * smaller holding {@code smaller}, are paired through a common gram.
     */
    private static boolean enough(KeyLimits limits, int shared, int smaller, int minShared) {
        return shared >= minShared && shared >= Math.ceil(limits.minShare() * smaller - 1e-9);
    }
}
