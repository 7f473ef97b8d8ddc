package org.gloss.analyze;

import it.unimi.dsi.fastutil.ints.IntArrayList;
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
            gram = new int[entries];
            start = new int[distinct.size() + 1];
            for (int i = 0; i < grams.size(); i++) {
                long[] g = grams.get(i);
                for (int k = 0; k < g.length; k++) {
                    int e = firstEntry[i] + k;
                    gram[e] = distinct.number(g[k]);
                    start[gram[e] + 1]++;
                }
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
     * Every item's grams, distinct and ascending, each numbered by its place among them. At the
     * link every sentence's shingles are indexed at once, and one array of all their entries, to
     * sort, was the largest thing alive (at 10,000 bench articles, 53 MB of entries for 2 MB of
     * distinct grams): the grams are gathered and sorted a sixteenth of the range of values at a
     * time instead, so only one part's entries and the distinct grams are held.
     */
    private static final class DistinctGrams {

        private static final int PARTS = 16;
        /** Below this many entries one part is enough: the saving is not worth the passes. */
        private static final int SMALL = 1 << 16;
        /** Each part's distinct grams, ascending; the parts in ascending order of their values. */
        private final long[][] parts;
        /** The number of the first gram of each part. */
        private final int[] first;
        private final int size;

        DistinctGrams(List<long[]> grams, int entries) {
            int count = entries < SMALL ? 1 : PARTS;
            int[] entriesOf = new int[count];
            for (long[] g : grams) {
                for (long x : g) {
                    entriesOf[part(x, count)]++;
                }
            }
            int largest = 0;
            for (int n : entriesOf) {
                largest = Math.max(largest, n);
            }
            long[] buffer = new long[largest];
            parts = new long[count][];
            first = new int[count];
            int numbered = 0;
            for (int p = 0; p < count; p++) {
                int n = 0;
                for (long[] g : grams) {
                    for (long x : g) {
                        if (part(x, count) == p) {
                            buffer[n++] = x;
                        }
                    }
                }
                parts[p] = Arrays.copyOf(buffer, sortDistinct(buffer, n));
                first[p] = numbered;
                numbered += parts[p].length;
            }
            size = numbered;
        }

        /**
         * Which of {@code count} parts (1 or {@link #PARTS}) holds {@code x}: by its top four bits,
         * ordered so that the parts follow each other in the signed order of their values.
         */
        private static int part(long x, int count) {
            return count == 1 ? 0 : (int) ((x >>> 60) ^ 0x8);
        }

        int size() {
            return size;
        }

        /** The number of gram {@code x}, one of the items'. */
        int number(long x) {
            int p = part(x, parts.length);
            return first[p] + Arrays.binarySearch(parts[p], x);
        }

        /** The gram numbered {@code g}. */
        long value(int g) {
            int p = parts.length - 1;
            while (first[p] > g) {
                p--;
            }
            return parts[p][g - first[p]];
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
