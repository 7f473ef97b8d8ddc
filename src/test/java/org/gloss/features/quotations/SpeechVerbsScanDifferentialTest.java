package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins {@link SpeechVerbs#in} (a word's hash looked up before the word is cut out) to the plain
 * scan it replaced, kept here (every lower-case word cut out and looked up), on generated text of
 * verbs, their prefixes and extensions, other words and separators.
 */
class SpeechVerbsScanDifferentialTest {

    private static final Pattern AT = Pattern.compile(SpeechVerbs.REGEX + "\\b");
    private static final Set<String> SET = Set.copyOf(SpeechVerbs.WORDS);
    private static final int LONGEST = SpeechVerbs.WORDS.stream().mapToInt(String::length).max().orElseThrow();
    private static final List<String> OTHER = List.of("the", "minister", "unsaid", "Said", "saidx", "characterisedly",
            "x", "_said", "said_", "sa", "élan", "told2", "2told", "ſaid", "that", "with");
    private static final List<String> SEPARATORS = List.of(" ", ", ", "\"", "”", "’", "-", "_", "é", "\u00a0", ". ");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void findsTheVerbsThePlainScanFinds(long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>(OTHER);
        for (String verb : SpeechVerbs.WORDS) {
            words.add(verb);
            words.add(verb.substring(0, 1 + random.nextInt(verb.length())));
            words.add(verb + "s");
        }
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                sb.append(words.get(random.nextInt(words.size()))).append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            String s = sb.toString();
            assertArrayEquals(plain(s), SpeechVerbs.in(s), s);
        }
    }

    /** The scan as first written: every lower-case word that does not continue one, cut out and looked up. */
    private static int[] plain(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher confirm = AT.matcher(s).useTransparentBounds(true);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z' || i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
                continue;
            }
            int end = i + 1;
            while (end < s.length() && end - i <= LONGEST && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
                end++;
            }
            if (end - i >= 3 && SET.contains(s.substring(i, end)) && confirm.region(i, s.length()).lookingAt()) {
                out.add(i);
            }
            i = end - 1;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
