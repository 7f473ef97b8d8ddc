package org.gloss.features.quotations;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Each printing's meaningful stems ({@link QuoteKey#contentStems}) as ascending int ids, one
 * vocabulary for one link: comparing two printings' stems is then a merge of two int arrays,
 * where comparing the packed strings themselves counted and compared characters for every
 * candidate pair (3% of a cold build's samples). Two distinct stems get distinct ids, so two
 * printings share exactly as many ids as stems. An item's ids are made the first time it is
 * compared, so a link holds them only for printings that reach the comparison.
 */
final class StemIds {

    private final List<QuoteKey> keys;
    /** Volatile slots: an array's elements have no final-field guarantee, so each is published safely. */
    private final AtomicReferenceArray<int[]> ids;
    private final Map<String, Integer> vocabulary = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    StemIds(List<QuoteKey> keys) {
        this.keys = keys;
        this.ids = new AtomicReferenceArray<>(keys.size());
    }

    /**
     * Printing {@code i}'s stem ids, ascending. Several threads may ask at once: the map gives
     * each stem one id, so racing threads make equal arrays and a lost write loses nothing.
     */
    int[] of(int i) {
        int[] known = ids.get(i);
        if (known == null) {
            known = of(keys.get(i).contentStems());
            ids.set(i, known);
        }
        return known;
    }

    private int[] of(String packed) {
        int[] out = new int[PackedWords.count(packed)];
        int from = 0;
        for (int k = 0; k < out.length; k++) {
            int end = PackedWords.end(packed, from);
            String stem = packed.substring(from, end);
            Integer id = vocabulary.get(stem);
            out[k] = id != null ? id : vocabulary.computeIfAbsent(stem, s -> next.getAndIncrement());
            from = end + 1;
        }
        Arrays.sort(out);
        return out;
    }

    /** How many ids two ascending arrays of distinct ids share. */
    static int common(int[] a, int[] b) {
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
