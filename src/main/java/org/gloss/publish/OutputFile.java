package org.gloss.publish;

import java.nio.charset.StandardCharsets;

/** One file of the built site: its path inside the output folder ({@code /}-separated) and bytes. */
public record OutputFile(String path, byte[] content) {

    static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
