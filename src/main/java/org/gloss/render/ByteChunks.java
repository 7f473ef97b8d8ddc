package org.gloss.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's bytes gathered as the pieces they are made in and joined once, into an array of the
 * exact size: a file of a hundred megabytes is never copied while it grows, as a
 * {@code ByteArrayOutputStream} would copy it.
 */
public final class ByteChunks {

    private final List<byte[]> chunks = new ArrayList<>();
    private int size;

    /** Adds bytes (kept, not copied: the caller must not change them). */
    public ByteChunks add(byte[] bytes) {
        if (bytes.length > 0) {
            size = Math.addExact(size, bytes.length);
            chunks.add(bytes);
        }
        return this;
    }

    /** Adds text as UTF-8. */
    public ByteChunks add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** All the bytes added, in order. */
    public byte[] toByteArray() {
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] c : chunks) {
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length;
        }
        return out;
    }
}
