package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast scan of {@link PrintableText} against the plain character-by-character rule. */
class PrintableTextTest {

    /** Every character in turn: surrogate pairs kept, lone surrogates become U+FFFD, controls and noncharacters go. */
    private static String reference(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else if (!((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0) || c == '\uFFFE' || c == '\uFFFF')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void agreesWithThePlainRuleOnRandomText(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = r.nextInt(40);
            for (int i = 0; i < length; i++) {
                // Mostly ordinary text, with every awkward range well represented.
                int kind = r.nextInt(6);
                s.append((char) switch (kind) {
                    case 0 -> r.nextInt(0x20, 0x7F);
                    case 1 -> r.nextInt(0, 0x20);
                    case 2 -> r.nextInt(0x7F, 0xA1);
                    case 3 -> r.nextInt(0xD800, 0xE000);
                    case 4 -> r.nextInt(0xFFF0, 0x10000);
                    default -> r.nextInt(0xA0, 0xD800);
                });
            }
            String text = s.toString();
            assertEquals(reference(text), PrintableText.of(text), () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text\nwith a tab\t", "Ünïcödé — “quoted” …", "emoji \uD83D\uDE00 pair"})
    void printableTextIsReturnedAsItIs(String text) {
        assertSame(text, PrintableText.of(text));
    }
}
