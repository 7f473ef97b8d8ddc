package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins {@link SpeakerResolver#personRuns}, which tries the person-name pattern only at capitals, to
 * the plain {@code find()} loop over the whole text, on random text of names, particles, white
 * space, marks, titles, capitals beyond ASCII and outside the 16-bit range, and lone surrogates.
 */
class PersonRunsDifferentialTest {

    private static final Pattern PERSON_RUN = Pattern.compile(AttributionShape.Regex.NAME);
    private static final String[] PIECES = {"Jane", "Doe", "al", "bin", "de", "van", "O’Brien", "U.S.", "Sen.",
        "the", "said", " ", "  ", "\t", "\n", ",", ".", "-", "É", "Éric", "Σ", "\uD835\uDC00", "\uD835\uDC1A",
        "\uD835", "\uDC00", "J\u0301", "ǅ", "Ⅻ", "x", "_", "“", "2"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsTheRunsOfAFindLoop(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 4000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String s = sb.toString();
            List<String> plain = new ArrayList<>();
            for (Matcher m = PERSON_RUN.matcher(s); m.find(); ) {
                plain.add(m.start() + ":" + m.group());
            }
            List<String> anchored = new ArrayList<>();
            SpeakerResolver.personRuns(s, m -> anchored.add(m.start() + ":" + m.group()));
            assertEquals(plain, anchored, s);
        }
    }
}
