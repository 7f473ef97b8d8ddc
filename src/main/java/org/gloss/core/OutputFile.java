package org.gloss.core;

import java.nio.charset.StandardCharsets;

/**
 * One file an output makes: its path inside the output folder ({@code /}-separated) and its bytes.
 * Pages, assets and data files alike; the packet's files too.
 */
public record OutputFile(String path, byte[] content) {

    /** A file whose content is {@code content} in UTF-8. */
    public static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
