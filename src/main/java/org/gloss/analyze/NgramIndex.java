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
        for (int i = 0; i < grams.size(); i++) {
            Map<Integer, Integer> shared = new LinkedHashMap<>();
            for (long g : distinct(grams.get(i))) {
                List<Integer> p = postings.get(g);
                if (p.size() > maxPostings) {
                    continue;
                }
                for (int j : p) {
                    if (j > i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() >= minShared) {
                    out.add(new int[] {i, e.getKey()});
                }
            }
        }
        return out;
    }

    private static long[] distinct(long[] g) {
        return java.util.Arrays.stream(g).distinct().toArray();
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
        List<Long> out = new ArrayList<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(hash(String.join(" ", words.subList(i, i + n))));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Hashes of single words. */
    public static long[] unigrams(List<String> words) {
        return words.stream().mapToLong(NgramIndex::hash).toArray();
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
