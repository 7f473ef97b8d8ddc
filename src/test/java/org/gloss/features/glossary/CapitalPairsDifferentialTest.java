package org.gloss.features.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the glossary's character shortcuts to their plain forms. {@link AcronymLinter#capitalPairs}, which reads a char array with an ASCII shortcut, to the
 * plain scan it replaced (code point by code point through the string), on random text mixing
 * ASCII, accented, Greek and supplementary capitals, lower-case letters and lone surrogates.
 */
class CapitalPairsDifferentialTest {

    private static final String[] PIECES = {"A", "B", "Z", "@", "[", "É", "Σ", "Ǆ", "\uD835\uDC00", "\uD835\uDC1A",
        "\uD835", "\uDC00", "a", "z", "σ", "é", "1", " ", ".", "-", "ʼ", "Ⅻ"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsThePairsOfThePlainScan(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = sb.toString();
            assertArrayEquals(plain(s), AcronymLinter.capitalPairs(s), s);
        }
    }

    /** The glossary's word-start test answers ASCII itself: as Character does, for every char. */
    @org.junit.jupiter.api.Test
    void theWordStartShortcutAgreesWithCharacterOnEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            org.junit.jupiter.api.Assertions.assertEquals(Character.isLetterOrDigit(c), GlossaryMatcher.isLetterOrDigit(c),
                    "U+" + Integer.toHexString(c));
        }
    }

    /** The scan as it was. */
    private static int[] plain(String s) {
        int[] out = new int[8];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next < s.length() && CapitalLetters.isCapital(cp) && CapitalLetters.isCapital(s.codePointAt(next))) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            i = next;
        }
        return Arrays.copyOf(out, n);
    }
}
