package org.gloss.render;

import java.nio.charset.StandardCharsets;

/** One rendered output file: its path inside the site ({@code /}-separated) and its UTF-8 bytes. */
public record Page(String path, byte[] content) {

    /** A page whose text is {@code text}. */
    static Page text(String path, String text) {
        return new Page(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
