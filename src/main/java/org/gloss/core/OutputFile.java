package org.gloss.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file an output makes: its path inside the output folder ({@code /}-separated) and its bytes.
 * Pages, assets and data files alike; the packet's files too. Its bytes are either given whole or,
 * for a file too large to hold as one array ({@code annotations.json}: 446 MB at 100,000 articles),
 * {@linkplain #streamed written in turn} as they are made, by whatever writes the file out.
 */
public final class OutputFile {

    /** What writes a streamed file's bytes, in order; each time it is asked, the same bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String path;
    private final byte[] content;
    private final Body body;

    /** A file of {@code content}, given whole (kept, not copied). */
    public OutputFile(String path, byte[] content) {
        this.path = Objects.requireNonNull(path);
        this.content = Objects.requireNonNull(content);
        this.body = null;
    }

    private OutputFile(String path, Body body) {
        this.path = Objects.requireNonNull(path);
        this.content = null;
        this.body = Objects.requireNonNull(body);
    }

    /** A file whose content is {@code content} in UTF-8. */
    public static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file whose bytes {@code body} writes as they are made, never held whole: a sink that
     * writes files out passes them on in turn ({@link #writeTo}); one that keeps files in memory
     * asks for {@link #content}.
     */
    public static OutputFile streamed(String path, Body body) {
        return new OutputFile(path, body);
    }

    /** The file's path inside the output folder. */
    public String path() {
        return path;
    }

    /** True when the file's bytes are written in turn rather than given whole. */
    public boolean streamed() {
        return body != null;
    }

    /**
     * The file's bytes as one array: a streamed file's are made again on every call, so a sink
     * that writes files out should use {@link #writeTo} instead.
     */
    public byte[] content() {
        if (content != null) {
            return content;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the file's bytes to {@code out}, in turn (not closing it). */
    public void writeTo(OutputStream out) throws IOException {
        if (content != null) {
            out.write(content);
        } else {
            body.writeTo(out);
        }
    }

    /** This file held whole: itself when it is, else with its bytes made once, for a sink that keeps files. */
    public OutputFile whole() {
        return content != null ? this : new OutputFile(path, content());
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + (content != null ? ", " + content.length + " bytes]" : ", streamed]");
    }
}
