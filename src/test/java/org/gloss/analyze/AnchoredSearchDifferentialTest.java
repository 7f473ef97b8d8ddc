package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins {@link AnchoredSearch#windowStart} (its walk back stopping at a floor) to the plain form it
 * replaced, kept here: the whole walk back, then the later of it and the floor.
 */
class AnchoredSearchDifferentialTest {

    private static final String ALPHABET = "aab ccA’é\u2019";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void walksBackAsTheWholeWalkDoesStoppingAtTheFloor(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 3000; n++) {
            String s = text(random, random.nextInt(40)).replace('c', '\t');
            int at = random.nextInt(s.length() + 1);
            int floor = random.nextInt(at + 1);
            int runs = random.nextInt(6);
            assertEquals(Math.max(floor, plainWindowStart(s, at, runs)), AnchoredSearch.windowStart(s, at, runs, floor),
                    () -> "'" + s + "' at " + at + " runs " + runs + " floor " + floor);
        }
    }

    /** The walk back as first written, to the text's start if need be. */
    private static int plainWindowStart(String s, int at, int runs) {
        int i = at;
        int crossed = 0;
        while (true) {
            while (i > 0 && !AnchoredSearch.isSpace(s.charAt(i - 1))) {
                i--;
            }
            if (i == 0 || crossed == runs) {
                return i;
            }
            while (i > 0 && AnchoredSearch.isSpace(s.charAt(i - 1))) {
                i--;
            }
            crossed++;
        }
    }

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
