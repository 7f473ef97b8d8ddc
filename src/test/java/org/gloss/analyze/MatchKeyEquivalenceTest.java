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
            "12", "3.5", "M4-M5", "https://x.org/a-b", "_", "¿", "\u3000", "Núñez", "Ёлка", "άλφα", "Ærø");

    /** Only ASCII, curly quote marks and dashes: the text {@link MatchKey#of} prepares in one pass. */
    private static final List<String> PLAIN_PIECES = List.of("word", "Behaviour", "we’re", "‘q’", "“dq”", "`", "'",
            "''", "\"", ".", "..", ". .", ".\t.", "-", "–", "—", "/", "x", "organise", "ANALYSED", "Theatres",
            "centre", "defences", "colour's", "'tis", "12", "3.5", "M4-M5", "https://x.org/a-b", "_", "\t", " ", "  ",
            "\n", "[", "]", "[a]", "Z", "@", "~");

    static Stream<String> texts() {
        List<String> fixed = List.of("where ... they", "where… they", "where . . . they", "a .. b", "a . b . c",
                "the [Syrian Democratic Forces] are", "[" + "x".repeat(90) + "]", "very, very — worried", "");
        Random random = new Random(7);
        return Stream.of(fixed.stream(), IntStream.range(0, 1500).mapToObj(i -> generated(random, PIECES)),
                IntStream.range(0, 1500).mapToObj(i -> generated(random, PLAIN_PIECES))).flatMap(t -> t);
    }

    private static String generated(Random random, List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(25);
        for (int i = 0; i < n; i++) {
            sb.append(pieces.get(random.nextInt(pieces.size())));
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

    private static final Pattern OUR = Pattern.compile("^(\\p{L}{3,})our(s|ed|ing|ite|ites|able|ably|ful|less)?$");
    private static final Pattern ISE = Pattern.compile("^(\\p{L}{2,})is(e|es|ed|ing|ation|ations|er|ers)$");
    private static final Pattern YSE = Pattern.compile("^(\\p{L}{2,})ys(e|es|ed|ing)$");
    private static final Pattern TRE = Pattern.compile("^(\\p{L}{2,})(t|b)re(s)?$");
    private static final Pattern DEFENCE = Pattern.compile("(?:def|off|pret)ences?");

    static Stream<String> words() {
        List<String> stems = List.of("behavi", "col", "hon", "organ", "anal", "paral", "cent", "fib", "thea", "somb",
                "def", "off", "pret", "det", "cont", "advert", "exerc", "compr", "surpr", "real", "t", "th", "h", "",
                "fl", "é", "ab", "lust", "spect", "kil");
        List<String> middles = List.of("our", "is", "ys", "re", "ence", "t", "b", "o", "");
        List<String> ends = List.of("", "s", "e", "es", "ed", "ing", "ation", "ations", "er", "ers", "ite", "ites",
                "able", "ably", "ful", "less", "re", "res", "tre", "bre", "ences", "x");
        return stems.stream().flatMap(a -> middles.stream().flatMap(b -> ends.stream().map(c -> a + b + c)));
    }

    @ParameterizedTest
    @MethodSource("words")
    void spellsWordsAsTheUnguardedPatternsDo(String word) {
        assertEquals(american(word), MatchKey.american(word), word);
    }

    /** American spelling by trying every pattern on every word. */
    private static String american(String r) {
        Matcher our = OUR.matcher(r);
        if (our.matches() && !MatchKey.OUR_EXCEPTIONS.contains(our.group(1) + "our")) {
            return our.group(1) + "or" + (our.group(2) == null ? "" : our.group(2));
        }
        Matcher ise = ISE.matcher(r);
        if (ise.matches() && !MatchKey.ISE_EXCEPTIONS.contains(ise.group(1) + "ise") && ise.group(1).length() >= 3) {
            return ise.group(1) + "iz" + ise.group(2);
        }
        Matcher yse = YSE.matcher(r);
        if (yse.matches()) {
            return yse.group(1) + "yz" + yse.group(2);
        }
        Matcher tre = TRE.matcher(r);
        if (tre.matches()) {
            return tre.group(1) + tre.group(2) + "er" + (tre.group(3) == null ? "" : tre.group(3));
        }
        return DEFENCE.matcher(r).matches() ? r.replace("ence", "ense") : r;
    }

    /** The keys as the chain of regular expressions makes them. */
    private static List<String> reference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = DOUBLE_QUOTES.matcher(SINGLE_QUOTES.matcher(s).replaceAll("'")).replaceAll("\"");
        s = ELLIPSIS.matcher(s).replaceAll(" … ");
        s = BRACKETS.matcher(s).replaceAll(" [] ");
        s = BREAKS.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036F]", ""),
                Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            if (t.indexOf('\'') >= 0) {
                t = EDGE_APOSTROPHES.matcher(t).replaceAll("");
            }
            if (!t.isEmpty()) {
                out.add(t.equals(MatchKey.GAP) || t.equals(MatchKey.WILD) ? t : american(t));
            }
        }
        return out;
    }
}
