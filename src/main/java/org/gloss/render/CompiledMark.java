package org.gloss.render;

import java.util.Map;

/**
 * One built-in mark template written in Java: {@code drawing} writes what Pebble writes for the
 * template {@code name} whose source has the SHA-256 (hex) {@code source}, and {@code shaping}
 * (a wrapping mark's, else null) makes the element it draws; used only for a theme whose
 * template is that text ({@link CompiledMarks}); any other text is Pebble's.
 */
record CompiledMark(String name, String source, Drawing drawing, Shaping shaping) {

    /** A template that is not a wrapping mark's: drawn only. */
    CompiledMark(String name, String source, Drawing drawing) {
        this(name, source, drawing, null);
    }

    /**
     * A wrapping mark's element made straight from its variables (the tag it returns, its
     * attributes, decoded, in order), as {@link MarkupReader#readLone} would read the drawing.
     */
    @FunctionalInterface
    interface Shaping {

        /** The tag; {@code attributes} gets the attributes in order. Throws {@link MarkVars.Unlike} as {@link Drawing#write} does. */
        String shape(Map<String, Object> vars, Map<String, String> attributes);
    }

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
