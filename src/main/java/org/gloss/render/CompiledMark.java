package org.gloss.render;

import java.util.Map;

/**
 * One built-in mark template written in Java: {@code drawing} writes what Pebble writes for the
 * template {@code name} whose source has the SHA-256 (hex) {@code source}, and is used only for a
 * theme whose template is that text ({@link CompiledMarks}); any other text is Pebble's.
 */
record CompiledMark(String name, String source, Drawing drawing) {

    /** How the template's output is written. */
    @FunctionalInterface
    interface Drawing {

        /**
         * Writes what the template makes of {@code vars} to {@code out}, in the words of
         * {@code words} and drawing {@code mark_piece}s through {@code marks}; throws
         * {@link MarkVars.Unlike} (having perhaps written part) for a variable of a kind the
         * built-in template is never given, or a value {@code out} leaves to the checked path.
         */
        void write(Map<String, Object> vars, Messages words, MarkTemplates marks, MarkOut out);
    }
}
