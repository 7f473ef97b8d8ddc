package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the search index's word scan ({@link SearchFragments#words}) to the regular expressions it
 * replaced, which spell out lunr's tokenizer, trimmer and stop-word filter, on generated text full
 * of separators, punctuation, accents and other scripts.
 */
class SearchWordsDifferentialTest {

    private static final Pattern SEPARATOR = Pattern.compile(
            "[\\s\\-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+");
    private static final Pattern TRIM = Pattern.compile("^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$");
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

    /** The pipeline as patterns: the reference. */
    private static List<String> reference(String text, Set<String> stopWords) {
        List<String> out = new ArrayList<>();
        for (String token : SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
            String w = TRIM.matcher(token).replaceAll("");
            if (w.isEmpty() || stopWords.contains(w)) {
                continue;
            }
            w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static final String[] PIECES = {"the", "The", "river", "José", "Nuñez", "ÉTAT", "said", "you", "2020",
            "m5", "_x_", "a", "россия", "مرحبا", "İstanbul", "straße", "\u0301", "e\u0301", "ﬁne", " ", "  ", "\t", "\n",
            "\r\n", "-", "--", "\u00a0", "\u2009", "\u2028", "\u3000", "\ufeff", "\u200b", ",", ".", "\"", "“", "”", "'",
            "’", "(", ")", "[", "]", "…", "!", "?", "#", "@", "—", "–", "/", "😀", "\uD83D"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theScanReadsWordsExactlyAsThePatternsDid(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            List<String> scanned = new ArrayList<>();
            SearchFragments.words(t, scanned::add);
            List<String> expected = reference(t, SearchFragments.stopWords());
            assertEquals(expected, scanned, () -> "text: " + t.codePoints()
                    .mapToObj(c -> c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04x", c))
                    .reduce("", String::concat));
        }
    }
}
