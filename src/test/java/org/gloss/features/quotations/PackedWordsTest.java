package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gloss.analyze.MatchKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins {@link PackedWords} to the word lists it stands for: the same words back, the same count,
 * the same order as comparing the lists word by word (as the matcher did), and the same number
 * of shared words as merging sorted arrays ({@link Rewording#common}).
 */
class PackedWordsTest {

    /** Words that are prefixes of each other, and every kind of character a key's token holds. */
    private static final List<String> WORDS = List.of("a", "ab", "abc", "b", "ba", "l'etat", "o'", "2020", "m5",
            "года", "россия", "nunez", MatchKey.GAP, MatchKey.WILD, "z", "zz");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void packedListsGiveBackTheirWordsAndCompareAsTheListsDo(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            List<String> a = words(random);
            List<String> b = random.nextInt(4) == 0 ? new ArrayList<>(a) : words(random);
            if (random.nextBoolean() && !b.isEmpty()) {
                b = b.subList(0, random.nextInt(b.size())); // a prefix of the other
            }
            String pa = PackedWords.of(a);
            String pb = PackedWords.of(b);
            assertEquals(a, PackedWords.list(pa));
            assertEquals(a.size(), PackedWords.count(pa));
            assertEquals(Integer.signum(tokenwise(a, b)), Integer.signum(pa.compareTo(pb)), a + " against " + b);
            assertEquals(a.equals(b), pa.equals(pb));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7})
    void sortedDistinctListsShareWhatTheirArraysShare(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            String[] x = words(random).stream().distinct().sorted().toArray(String[]::new);
            String[] y = words(random).stream().distinct().sorted().toArray(String[]::new);
            String px = PackedWords.of(List.of(x));
            String py = PackedWords.of(List.of(y));
            assertEquals(Rewording.common(x, y), PackedWords.common(px, py), List.of(x) + " and " + List.of(y));
            assertEquals(Rewording.score(x, y), Rewording.score(px, py));
        }
    }

    @Test
    void aWordThatWouldNotComeBackIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PackedWords.of(List.of("a", "")));
        assertThrows(IllegalArgumentException.class, () -> PackedWords.of(List.of("a b")));
        assertEquals(List.of(), PackedWords.list(PackedWords.of(List.of())));
    }

    private static List<String> words(Random random) {
        List<String> out = new ArrayList<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return out;
    }

    /** The matcher's comparison of two keys before they were packed: word by word, then by length. */
    private static int tokenwise(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int k = 0; k < n; k++) {
            int c = a.get(k).compareTo(b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
