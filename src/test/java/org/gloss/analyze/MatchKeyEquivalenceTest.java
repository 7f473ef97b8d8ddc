package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MatchKey#of} skips replacements that cannot apply and cuts words with a scan; it must give
 * the keys the plain chain of regular expressions gives (kept here as the reference), on hand-picked
 * and generated text dense in quote marks, dots, brackets, dashes and characters outside ASCII.
 */
class MatchKeyEquivalenceTest {

    private static final List<String> PIECES = List.of("word", "Behaviour", "we’re", "‘q’", "“dq”", "„", "″", "′",
            "«", "»", "`", "´", "'", "''", "\"", ".", "..", ". .", " . . . ", "…", "[", "]", "[Syrian Forces]", "[]",
            "-", "–", "—", "/", "\u2e3a", new String(Character.toChars(0x10EAD)), "ß", "ﬁ", "²",
            "½", "Ⅻ", "٣", "\u1372", "\u16ee", "e\u0301", new String(Character.toChars(0x1D400)), new String(Character.toChars(0x1F600)),
            "\ud800", "\u00a0", "\t", " ", "  ", "x", "organise", "centre", "defences", "colour's", "'tis", "ıİ",
            "12", "3.5", "M4-M5", "https://x.org/a-b", "_", "¿", "\u3000");

    static Stream<String> texts() {
        List<String> fixed = List.of("where ... they", "where… they", "where . . . they", "a .. b", "a . b . c",
                "the [Syrian Democratic Forces] are", "[" + "x".repeat(90) + "]", "very, very — worried", "");
        Random random = new Random(7);
        return Stream.concat(fixed.stream(), IntStream.range(0, 1500).mapToObj(i -> generated(random)));
    }

    private static String generated(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(25);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void givesTheKeysOfThePlainRegularExpressions(String text) {
        assertEquals(reference(text), MatchKey.of(text).tokens(), text);
    }

    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\s*\\.\\s*\\.|…");
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]{0,80}\\]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛′`´]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„‟″«»]");
    private static final Pattern BREAKS = Pattern.compile("[\\p{Pd}/]");
    private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}']+|…|\\[\\]");

    /** The keys as the chain of regular expressions makes them. */
    private static List<String> reference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = DOUBLE_QUOTES.matcher(SINGLE_QUOTES.matcher(s).replaceAll("'")).replaceAll("\"");
        s = ELLIPSIS.matcher(s).replaceAll(" … ");
        s = BRACKETS.matcher(s).replaceAll(" [] ");
        s = BREAKS.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT).replace("ß", "ss");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            if (t.indexOf('\'') >= 0) {
                t = EDGE_APOSTROPHES.matcher(t).replaceAll("");
            }
            if (!t.isEmpty()) {
                out.add(t.equals(MatchKey.GAP) || t.equals(MatchKey.WILD) ? t : MatchKey.american(t));
            }
        }
        return out;
    }
}
