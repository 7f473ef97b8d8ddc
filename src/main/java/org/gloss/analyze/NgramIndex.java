package org.gloss.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from hashed word n-grams to the items containing them, for finding candidate
 * pairs without comparing every pair. A gram shared by more than {@code maxPostings} items says
 * little about which text it came from and is skipped, which keeps the number of candidates — and
 * so the cost — growing linearly with the corpus.
 */
public final class NgramIndex {

    private final int maxPostings;
    private final Map<Long, List<Integer>> postings = new HashMap<>();
    private final List<long[]> grams = new ArrayList<>();

    public NgramIndex(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    /** Adds the next item (numbered from 0 in the order added) with its grams. */
    public int add(long[] itemGrams) {
        int id = grams.size();
        grams.add(itemGrams);
        for (long g : distinct(itemGrams)) {
            postings.computeIfAbsent(g, k -> new ArrayList<>()).add(id);
        }
        return id;
    }

    /** Pairs {@code (i, j)}, {@code i < j}, sharing at least {@code minShared} informative grams. */
    public List<int[]> candidatePairs(int minShared) {
        List<int[]> out = new ArrayList<>();
        // One counter per item, reset after each row, and the items touched in the order first
        // met: the pairs come out in the same order a map per row would give, without boxing.
        int[] shared = new int[grams.size()];
        int[] touched = new int[grams.size()];
        for (int i = 0; i < grams.size(); i++) {
            int count = 0;
            for (long g : distinct(grams.get(i))) {
                List<Integer> p = postings.get(g);
                if (p.size() > maxPostings) {
                    continue;
                }
                for (int j : p) {
                    if (j > i && shared[j]++ == 0) {
                        touched[count++] = j;
                    }
                }
            }
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                if (shared[j] >= minShared) {
                    out.add(new int[] {i, j});
                }
                shared[j] = 0;
            }
        }
        return out;
    }

    private static long[] distinct(long[] g) {
        if (g.length < 2) {
            return g;
        }
        // Keeps first occurrences in order, as Arrays.stream(g).distinct() did.
        java.util.Set<Long> seen = new java.util.HashSet<>();
        long[] out = new long[g.length];
        int n = 0;
        for (long x : g) {
            if (seen.add(x)) {
                out[n++] = x;
            }
        }
        return n == g.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Hashes of the word pairs (adjacent, and one apart) of {@code words}. */
    public static long[] bigrams(List<String> words) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(hash(words.get(i) + " " + words.get(i + 1)));
            if (i + 2 < words.size()) {
                out.add(hash(words.get(i) + " _ " + words.get(i + 2)));
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
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
