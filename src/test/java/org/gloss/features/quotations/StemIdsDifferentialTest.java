package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the stems compared as int ids of one link ({@link StemIds}, {@link Overlap#mayOutweighSpeakers})
 * to the plain forms they replaced: the packed stems counted and merged as strings for every pair,
 * on generated quotations that share many of their words, of every length around the thresholds.
 */
class StemIdsDifferentialTest {

    private static final List<String> VOCABULARY = List.of("ministry", "would", "listen", "nobody", "dying",
            "years", "harbour", "reopen", "economy", "depends", "statement", "accept", "outcome", "we", "will",
            "not", "this", "patrolling", "forces", "Nuñez", "José", "2020", "M5", "l'État", "года", "россия",
            "centre", "center", "defences", "defenses", "needed", "needs", "families", "families'", "settlement",
            "the", "of", "and", "to", "a");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void stemIdsCountAndShareAsThePackedStemsDo(long seed) {
        Random random = new Random(seed);
        List<QuoteKey> keys = keys(random, 150);
        StemIds ids = new StemIds(keys);
        int passed = 0;
        for (int i = 0; i < keys.size(); i++) {
            String ci = keys.get(i).contentStems();
            assertEquals(PackedWords.count(ci), ids.of(i).length, ci);
            for (int j = 0; j < keys.size(); j++) {
                String cj = keys.get(j).contentStems();
                int plainCommon = PackedWords.common(ci, cj);
                assertEquals(plainCommon, StemIds.common(ids.of(i), ids.of(j)), () -> ci + " | " + cj);
                boolean plain = plainMayOutweighSpeakers(keys.get(i), keys.get(j));
                passed += plain && i != j ? 1 : 0;
                assertEquals(plain,
                        Overlap.mayOutweighSpeakers(keys.get(i).words(), keys.get(j).words(), ids, i, j),
                        () -> ci + " | " + cj);
            }
        }
        assertTrue(passed >= 20, "too few pairs of two quotations pass the check to compare its two forms: " + passed);
    }

    /** The check as it was, on the packed stems of each pair. */
    private static boolean plainMayOutweighSpeakers(QuoteKey a, QuoteKey b) {
        int shorter = Math.min(a.words(), b.words());
        int longer = Math.max(a.words(), b.words());
        if (shorter < Overlap.TEXT_OVER_SPEAKER_WORDS || shorter < Overlap.TEXT_OVER_SPEAKER_COVERAGE * longer) {
            return false;
        }
        int stems = Math.max(PackedWords.count(a.contentStems()), PackedWords.count(b.contentStems()));
        return PackedWords.common(a.contentStems(), b.contentStems()) >= Overlap.STEMS_SHARED * stems;
    }

    /** Quotations of 0 to 30 words, most of them another's words with a few changed. */
    private static List<QuoteKey> keys(Random random, int n) {
        List<List<String>> texts = new ArrayList<>();
        List<QuoteKey> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<String> words = new ArrayList<>();
            if (texts.isEmpty() || random.nextInt(4) == 0) {
                int length = random.nextInt(31);
                for (int w = 0; w < length; w++) {
                    words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
                }
            } else {
                for (String w : texts.get(random.nextInt(texts.size()))) {
                    int r = random.nextInt(8);
                    if (r == 0) {
                        words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
                    } else if (r != 1) {
                        words.add(w);
                    }
                }
            }
            texts.add(words);
            out.add(QuoteKey.of(String.join(" ", words)));
        }
        return out;
    }
}
