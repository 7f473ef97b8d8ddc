package org.gloss.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in mark templates compiled ahead of time: Pebble's evaluation of each {@code t()},
 * escaped print and loop was most of what a popover or a passage note cost a build. Each
 * {@link CompiledMark} names the digest of the one source text it writes the output of, so a theme
 * whose template differs by a byte (an edited copy) gets Pebble for that template, and a built-in
 * template changed without its Java counterpart falls back to Pebble too (and fails
 * {@code CompiledMarksTest}) rather than going stale. The interface words still come from the
 * theme's messages, in the site's language.
 */
final class CompiledMarks {

    /** By template name; immutable. */
    private static final Map<String, CompiledMark> BUILT_IN = Stream.of(
            new CompiledMark("marks/quote.peb",
                    "b6974586617ccd7b3eb7491e0924759a2d04c2167851f84b551b996fed86ea2d", CompiledQuoteMarks::quote, CompiledQuoteMarks::quoteShape),
            new CompiledMark("marks/quote-marker.peb",
                    "f67e04526a8e05da8ed9e3a4d2b49ea419dfa548c56d2b0b743ed47646a044f5", CompiledQuoteMarks::marker),
            new CompiledMark("marks/popover.peb",
                    "b542d1ce4b4f28304de73c87bb73fd717bec77c3e7e1da5e622cb985f864db88", CompiledQuoteMarks::popover),
            new CompiledMark(CompiledQuoteMarks.PRINTING,
                    "a85f92d96ebd94765ac1efb2857e0cd55618a50162664d755fc44c0b3a919ef8", CompiledQuoteMarks::printing),
            new CompiledMark("marks/passage.peb",
                    "834f2d2c24515eaa684b0c0273628eb8935317e6ac8ff15f48f30037b82bca22", CompiledPassageMarks::passage, CompiledPassageMarks::passageShape),
            new CompiledMark("marks/passage-note.peb",
                    "03dd07e8103b210c9e276d3385a44f21002fe6ae5be856871ecec2c16bd2bdea", CompiledPassageMarks::note),
            new CompiledMark("marks/term.peb",
                    "a1a1687f8d78154f1ae9e4b7ca0054396abee01c77347e2b22e704fb3683f6ea", CompiledTermMarks::term, CompiledTermMarks::termShape),
            new CompiledMark("marks/print/quote.peb",
                    "fc8a1dffc9f8f39c5137ad26abba035898e30c2b452ac861adcfbcebb68d6b98", CompiledPrintMarks::quote),
            new CompiledMark("marks/print/term.peb",
                    "036c6629cf0eb43fd52fa730a2d99a674bcf9b492a2958903f3622b4596da070", CompiledPrintMarks::term),
            new CompiledMark("marks/print/quote-note.peb",
                    "6fa9178871d5089471c890b7b1fbf5dff6c8fb2151f6fa721816e0b167ba9ce9", CompiledPrintMarks::quoteNote),
            new CompiledMark("marks/print/term-note.peb",
                    "c8dfdd3474f10cc726f3cd5d2c57532bee72c0a1e97d121731dcb213eca12e04", CompiledPrintMarks::termNote))
            .collect(Collectors.toUnmodifiableMap(CompiledMark::name, Function.identity()));

    private CompiledMarks() {
    }

    /** The compiled template {@code name}, if {@code source} (the text the theme's template is compiled from) is the one it was written from; else null. */
    static CompiledMark of(String name, String source) {
        CompiledMark m = BUILT_IN.get(name);
        return m != null && source != null && m.source().equals(digest(source)) ? m : null;
    }

    /** The SHA-256 of {@code source}'s UTF-8 bytes, in hex. */
    static String digest(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
