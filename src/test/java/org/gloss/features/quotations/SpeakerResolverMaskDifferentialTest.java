package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gloss.analyze.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins {@link SpeakerResolver#masked} (char arrays, the character type looked up only from U+00A0
 * on) to the plain form it replaced, kept here, on generated paragraphs holding every space
 * separator, other characters on both sides of U+00A0 and quoted stretches to mask.
 */
class SpeakerResolverMaskDifferentialTest {

    private static final String ALPHABET = "aZ ,.\"“”'’\t\n_\u0085\u009f\u00a0\u00a1\u1680\u2000\u2005\u200a\u200b"
            + "\u2028\u2029\u202f\u205f\u3000\ufeffé漢";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void masksAsThePlainLoopDid(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 300; n++) {
            List<String> views = new ArrayList<>();
            List<QuoteScanner.Found> quotes = new ArrayList<>();
            int blocks = 1 + random.nextInt(4);
            for (int b = 0; b < blocks; b++) {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(60);
                for (int i = 0; i < length; i++) {
                    sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                views.add(sb.toString());
                if (length > 0 && random.nextBoolean()) {
                    int start = random.nextInt(length);
                    quotes.add(new QuoteScanner.Found(List.of(new Span(b, start, start + random.nextInt(length - start + 1)))));
                }
            }
            assertEquals(plain(views, quotes), SpeakerResolver.masked(views, quotes), views::toString);
        }
    }

    /** The masking as first written: a StringBuilder per block, every character's type looked up. */
    private static List<String> plain(List<String> views, List<QuoteScanner.Found> quotes) {
        List<StringBuilder> out = new ArrayList<>();
        for (String view : views) {
            StringBuilder sb = new StringBuilder(view);
            for (int i = 0; i < sb.length(); i++) {
                if (sb.charAt(i) > ' ' && Character.getType(sb.charAt(i)) == Character.SPACE_SEPARATOR) {
                    sb.setCharAt(i, ' ');
                }
            }
            out.add(sb);
        }
        for (QuoteScanner.Found f : quotes) {
            for (Span p : f.parts()) {
                StringBuilder sb = out.get(p.block());
                for (int i = p.start(); i < p.end(); i++) {
                    sb.setCharAt(i, '_');
                }
            }
        }
        return out.stream().map(StringBuilder::toString).toList();
    }
}
