package org.gloss.analyze;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * An inverted index from hashed word n-grams to the items containing them, for finding candidate
 * pairs without comparing every pair: the link stage's "group by key, then pair" step. Two items
 * are a pair when they share {@code minShared} grams each held by at most
 * {@link KeyLimits#maxPostings} items; a gram held by more pairs its items only with its fullest
 * ones ({@link KeyLimits}), which keeps the number of candidates — and so the cost — growing
 * linearly with the corpus, however many articles print one statement.
 */
public final class NgramIndex {

    private final KeyLimits limits;
    private final int maxPostings;
    /** Each item's distinct grams, in the order first met. */
    private final List<long[]> grams = new ArrayList<>();

    /** An index that drops grams held by more than {@code maxPostings} items. */
    public NgramIndex(int maxPostings) {
        this(KeyLimits.dropping(maxPostings));
    }

    /** An index treating common grams as {@code limits} says. */
    public NgramIndex(KeyLimits limits) {
        this.limits = limits;
        this.maxPostings = limits.maxPostings();
    }

    /** Adds the next item (numbered from 0 in the order added) with its grams. */
    public int add(long[] itemGrams) {
        grams.add(distinct(itemGrams));
        return grams.size() - 1;
    }

    /** Pairs {@code (i, j)}, {@code i < j}, sharing at least {@code minShared} informative grams (an immutable list). */
    public List<int[]> candidatePairs(int minShared) {
        Postings postings = new Postings(grams);
        LongArrayList out = informativePairs(postings, minShared);
        if (limits.representatives() > 0) {
            Suggested common = suggestedPairs(postings, minShared);
            if (common != null) {
                LongOpenHashSet found = common.pairs();
                for (int k = 0; k < out.size(); k++) {
                    found.remove(out.getLong(k));
                }
                long[] sorted = found.toLongArray();
                Arrays.sort(sorted);
                out.addAll(LongArrayList.wrap(sorted));
            }
        }
        return PairList.of(out);
    }

    /**
     * The candidate pairs {@link #candidatePairs} gives, with what a later build needs to update
     * them after an edit instead of finding them all again ({@link CandidateState}).
     */
    CandidateState state(int minShared) {
        Postings postings = new Postings(grams);
        long[] informative = informativePairs(postings, minShared).toLongArray();
        Arrays.sort(informative);
        Suggested common = limits.representatives() > 0 ? suggestedPairs(postings, minShared) : null;
        long[] suggested = common == null ? new long[0] : common.pairs().toLongArray();
        Arrays.sort(suggested);
        int distinct = postings.start.length - 1;
        LongArrayList commonGrams = new LongArrayList();
        IntArrayList counts = new IntArrayList();
        IntArrayList repStart = new IntArrayList();
        IntArrayList reps = new IntArrayList();
        repStart.add(0);
        // Gram numbers ascend with the grams' values, so the common grams come out sorted.
        for (int g = 0; g < distinct; g++) {
            int n = postings.start[g + 1] - postings.start[g];
            if (limits.common(n)) {
                commonGrams.add(postings.distinct.value(g));
                counts.add(n);
                if (common != null && common.reps()[g] != null) {
                    reps.addAll(IntArrayList.wrap(common.reps()[g]));
                }
                repStart.add(reps.size());
            }
        }
        return new CandidateState(informative, suggested, commonGrams.toLongArray(), counts.toIntArray(),
                repStart.toIntArray(), reps.toIntArray());
    }

    /** The pairs sharing {@code minShared} grams each held by at most {@code maxPostings} items, row by row. */
    private LongArrayList informativePairs(Postings postings, int minShared) {
        LongArrayList out = new LongArrayList();
        // One counter per item, reset after each row, and the items touched in the order first
        // met: the pairs come out in the same order a map per row would give, without boxing.
        int[] shared = new int[grams.size()];
        int[] touched = new int[grams.size()];
        for (int i = 0; i < grams.size(); i++) {
            int count = 0;
            for (int e = postings.firstEntry[i]; e < postings.firstEntry[i + 1]; e++) {
                int from = postings.start[postings.gram[e]];
                int to = postings.start[postings.gram[e] + 1];
                if (to - from > maxPostings) {
                    continue;
                }
                for (int k = from; k < to; k++) {
                    int j = postings.items[k];
                    if (j > i && shared[j]++ == 0) {
                        touched[count++] = j;
                    }
                }
            }
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                if (shared[j] >= minShared) {
                    out.add(UpdatableNgramIndex.pair(i, j));
                }
                shared[j] = 0;
            }
        }
        return out;
    }

    /** The pairs common grams suggest, and each common gram's representatives (by gram number; null for the others). */
    private record Suggested(LongOpenHashSet pairs, int[][] reps) {
    }

    /**
     * The pairs common grams suggest ({@link KeyLimits}), whether pairs already or not, or null
     * when there is no common gram. Item by item, so that the pairs turned down are never held
     * all at once.
     */
    private Suggested suggestedPairs(Postings postings, int minShared) {
        int distinct = postings.start.length - 1;
        // Each item's gram numbers ascending, sorted in place: the pairs of the rows above are
        // found, and what follows reads an item's grams as a set. No copy per item is kept.
        int[] first = postings.firstEntry;
        int[] gram = postings.gram;
        for (int i = 0; i < grams.size(); i++) {
            Arrays.sort(gram, first[i], first[i + 1]);
        }
        CommonGrams.Items items = new CommonGrams.Items() {
            @Override
            public int size(int item) {
                return grams.get(item).length;
            }

            @Override
            public int compareGrams(int a, int b) {
                return Arrays.compare(gram, first[a], first[a + 1], gram, first[b], first[b + 1]);
            }

            @Override
            public boolean sharesAtLeast(int a, int b, int needed) {
                return NgramIndex.sharesAtLeast(gram, first[a], first[a + 1], first[b], first[b + 1], needed);
            }

            @Override
            public int position(int item) {
                return item;
            }
        };
        int[][] reps = new int[distinct][];
        boolean any = false;
        for (int g = 0; g < distinct; g++) {
            if (limits.common(postings.start[g + 1] - postings.start[g])) {
                reps[g] = CommonGrams.representatives(IntArrayList.wrap(Arrays.copyOfRange(postings.items,
                        postings.start[g], postings.start[g + 1])), limits.representatives(), items);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        LongOpenHashSet found = new LongOpenHashSet();
        // The row that last met each representative, plus one: an item holding dozens of common
        // grams meets the same few representatives again and again, and a list to search grew
        // with them.
        int[] metInRow = new int[grams.size()];
        for (int i = 0; i < grams.size(); i++) {
            for (int e = postings.firstEntry[i]; e < postings.firstEntry[i + 1]; e++) {
                int[] r = reps[postings.gram[e]];
                if (r == null) {
                    continue;
                }
                for (int rep : r) {
                    if (rep != i && metInRow[rep] != i + 1) {
                        metInRow[rep] = i + 1;
                        if (CommonGrams.paired(i, rep, minShared, limits, items)) {
                            found.add(UpdatableNgramIndex.pair(i, rep));
                        }
                    }
                }
            }
        }
        return new Suggested(found, reps);
    }

    /**
     * Whether two ascending runs of distinct values of {@code a}, {@code [i, iEnd)} and
     * {@code [j, jEnd)}, share at least {@code needed}: a merge that stops as soon as it has found
     * them, or as soon as what is left of the shorter run could no longer make them up.
     */
    static boolean sharesAtLeast(int[] a, int i, int iEnd, int j, int jEnd, int needed) {
        int n = 0;
        while (n < needed) {
            if (n + Math.min(iEnd - i, jEnd - j) < needed) {
                return false;
            }
            if (a[i] < a[j]) {
                i++;
            } else if (a[i] > a[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return true;
    }

    /**
     * The items of each gram, in arrays instead of a map of boxed longs to boxed lists: every
     * gram is numbered by its place among the sorted distinct grams, and the items holding gram
     * {@code g} are {@code items[start[g] .. start[g + 1])}, ascending.
     */
    private static final class Postings {
        /** Where each item's grams begin among all entries (item by item, in each item's order). */
        final int[] firstEntry;
        /** The number of each entry's gram. */
        final int[] gram;
        final int[] start;
        final int[] items;
        /** The distinct grams, whose numbers {@link #gram} holds. */
        final DistinctGrams distinct;

        Postings(List<long[]> grams) {
            firstEntry = new int[grams.size() + 1];
            for (int i = 0; i < grams.size(); i++) {
                firstEntry[i + 1] = firstEntry[i] + grams.get(i).length;
            }
            int entries = firstEntry[grams.size()];
            distinct = new DistinctGrams(grams, entries);
            gram = distinct.numbers();
            start = new int[distinct.size() + 1];
            for (int e = 0; e < entries; e++) {
                start[gram[e] + 1]++;
            }
            for (int g = 0; g < distinct.size(); g++) {
                start[g + 1] += start[g];
            }
            items = new int[entries];
            int[] next = Arrays.copyOf(start, distinct.size());
            for (int i = 0; i < grams.size(); i++) {
                for (int e = firstEntry[i]; e < firstEntry[i + 1]; e++) {
                    items[next[gram[e]]++] = i;
                }
            }
        }
    }

    /**
     * Every item's grams, distinct and ascending, each numbered by its place among them. Most
     * entries repeat a gram (at the bench corpus's link, 619,000 sentence shingles hold 18,000
     * distinct ones; every statement is printed about eight times), so the distinct grams are
     * gathered in one pass through a hash table the size of the distinct grams, numbered in the
     * order first met, and only those are sorted and renumbered: no array of every entry is
     * sorted, or held (at 10,000 articles that was 53 MB), and no entry is searched for.
     * {@code NgramIndexTest} pins the numbers to a plain sorted set's.
     */
    static final class DistinctGrams {

        /** The distinct grams, ascending. */
        private final long[] sorted;
        /** Each entry's gram number, item by item in each item's order (the {@code gram} of {@link Postings}). */
        private final int[] numbers;

        DistinctGrams(List<long[]> grams, int entries) {
            Long2IntOpenHashMap firstMet = new Long2IntOpenHashMap();
            firstMet.defaultReturnValue(-1);
            numbers = new int[entries];
            long[] met = new long[16];
            int e = 0;
            for (long[] g : grams) {
                for (long x : g) {
                    int n = firstMet.putIfAbsent(x, firstMet.size());
                    if (n < 0) {
                        n = firstMet.size() - 1;
                        if (n == met.length) {
                            met = Arrays.copyOf(met, n * 2);
                        }
                        met[n] = x;
                    }
                    numbers[e++] = n;
                }
            }
            int size = firstMet.size();
            sorted = Arrays.copyOf(met, size);
            Arrays.sort(sorted);
            // Renumber in ascending order of the values: the first-met number of each sorted gram.
            int[] rank = new int[size];
            for (int r = 0; r < size; r++) {
                rank[firstMet.get(sorted[r])] = r;
            }
            for (int k = 0; k < entries; k++) {
                numbers[k] = rank[numbers[k]];
            }
        }

        int size() {
            return sorted.length;
        }

        /** The gram numbers of all entries, item by item (owned by the caller from now on). */
        int[] numbers() {
            return numbers;
        }

        /** The gram numbered {@code g}. */
        long value(int g) {
            return sorted[g];
        }
    }

    /** The grams ascending, without repeats. */
    public static long[] sortedDistinct(long[] grams) {
        long[] sorted = grams.clone();
        int n = sortDistinct(sorted, sorted.length);
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** Sorts the first {@code n} grams of {@code a} in place and moves the distinct ones to its front; how many there are. */
    private static int sortDistinct(long[] a, int n) {
        Arrays.sort(a, 0, n);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || a[k] != a[distinct - 1]) {
                a[distinct++] = a[k];
            }
        }
        return distinct;
    }

    /** How many grams two ascending, distinct arrays share that pass {@code counts}. */
    public static int common(long[] a, long[] b, LongPredicate counts) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                if (counts.test(a[i])) {
                    n++;
                }
                i++;
                j++;
            }
        }
        return n;
    }

    /** The grams without repeats, first occurrences in order (as {@code Arrays.stream(g).distinct()}). */
    private static long[] distinct(long[] g) {
        if (g.length < 2) {
            return g;
        }
        // The caller's array itself when it has no repeats (the usual case: a sentence's shingles
        // come sorted and distinct), so the index does not hold a second copy of every item's grams.
        long[] out = new long[g.length];
        int n = 0;
        if (g.length <= 32) {
            // Few grams: comparing with those kept is cheaper than hashing boxed longs.
            for (long x : g) {
                if (!contains(out, n, x)) {
                    out[n++] = x;
                }
            }
        } else {
            Set<Long> seen = new HashSet<>();
            for (long x : g) {
                if (seen.add(x)) {
                    out[n++] = x;
                }
            }
        }
        return n == g.length ? g : Arrays.copyOf(out, n);
    }

    private static boolean contains(long[] a, int n, long x) {
        for (int k = 0; k < n; k++) {
            if (a[k] == x) {
                return true;
            }
        }
        return false;
    }

    /** Hashes of the word pairs (adjacent, and one apart) of {@code words}. */
    public static long[] bigrams(List<String> words) {
        // The hashes of "a b" and "a _ c", without joining the words: FNV-1a folds characters one
        // after the other, so each pair's hash goes on from its first word's, hashed once.
        int n = words.size();
        long[] out = new long[Math.max(0, 2 * n - 3)];
        int k = 0;
        for (int i = 0; i + 1 < n; i++) {
            long first = fold(FNV_OFFSET, words.get(i));
            out[k++] = fold(fold(first, " "), words.get(i + 1));
            if (i + 2 < n) {
                out[k++] = fold(fold(first, " _ "), words.get(i + 2));
            }
        }
        return out;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    /** The FNV-1a state {@code h} after folding in the characters of {@code s}. */
    private static long fold(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Hashes of word runs of length {@code n} (shingles). */
    public static long[] shingles(List<String> words, int n) {
        long[] out = new long[Math.max(0, words.size() - n + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = hash(words, i, i + n);
        }
        return out;
    }

    /** Hashes of single words. */
    public static long[] unigrams(List<String> words) {
        return words.stream().mapToLong(NgramIndex::hash).toArray();
    }

    /** {@link #hash} of the words {@code from..to} joined by spaces, without joining them. */
    static long hash(List<String> words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int w = from; w < to; w++) {
            if (w > from) {
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            String s = words.get(w);
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        return h;
    }

    /** A 64-bit FNV-1a hash: stable across runs, so results never depend on hash seeds. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
