package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unbescape.html.HtmlEscape;

/** The theme's escaping writes exactly what Pebble's built-in html escaping writes. */
class MarkupEscaperTest {

    private final MarkupEscaper escaper = new MarkupEscaper();

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "<script>alert('x')</script>", "Tom & \"Jerry\" > 'Spike'",
        "&amp; already", "curly ‘quotes’ “here” — and é, ß, 中文, 😀", "\u2028\u0000\t\r\n", "\uD800 lone \uDFFF"})
    void matchesPebblesHtmlEscaping(String text) {
        assertEquals(HtmlEscape.escapeHtml4Xml(text), escaper.escape(text));
    }

    /** Every UTF-16 unit, alone and between letters. */
    @ParameterizedTest
    @MethodSource("everyCharBlock")
    void matchesPebblesHtmlEscapingForEveryCharacter(String text) {
        assertEquals(HtmlEscape.escapeHtml4Xml(text), escaper.escape(text));
    }

    /** Random strings mixing markup characters, text and surrogate pairs, fixed seed. */
    @ParameterizedTest
    @MethodSource("randomStrings")
    void matchesPebblesHtmlEscapingForRandomText(String text) {
        assertEquals(HtmlEscape.escapeHtml4Xml(text), escaper.escape(text));
    }

    static Stream<String> everyCharBlock() {
        return IntStream.range(0, 256).mapToObj(block -> {
            StringBuilder s = new StringBuilder();
            for (int c = block * 256; c < block * 256 + 256; c++) {
                s.append('a').append((char) c);
            }
            return s.toString();
        });
    }

    static Stream<String> randomStrings() {
        Random random = new Random(42);
        String pool = "&<>\"'a b\n\u00e9\u2019\u00a0";
        return IntStream.range(0, 200).mapToObj(i -> {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                if (random.nextInt(8) == 0) {
                    s.appendCodePoint(0x10000 + random.nextInt(0xFFFF));
                } else {
                    s.append(pool.charAt(random.nextInt(pool.length())));
                }
            }
            return s.toString();
        });
    }
}
