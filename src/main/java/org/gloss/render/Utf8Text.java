package org.gloss.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes large text files (the search index, {@code annotations.json}: hundreds of megabytes at
 * 10,000 articles) straight into UTF-8 bytes, instead of building a {@code String} and encoding
 * it, which held the text three or four times over. Malformed text is encoded as
 * {@link String#getBytes} would, so the bytes are the same.
 */
final class Utf8Text {

    /** What writes the text. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private Utf8Text() {
    }

    /** The UTF-8 bytes of what {@code body} writes. */
    static byte[] of(Body body) {
        return of(1 << 16, body);
    }

    /** {@link #of(Body)}, starting from a buffer of {@code initialSize} bytes (small for a small text). */
    static byte[] of(int initialSize, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(initialSize);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
