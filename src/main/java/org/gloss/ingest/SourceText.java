package org.gloss.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one input file as text, safely: refuses files over a size limit before reading them (so
 * memory stays bounded whatever lands in the content folder), decodes the bytes, refuses files
 * that are empty or are not text at all (an image or archive renamed {@code .txt}), and drops
 * control characters ({@link PrintableText}).
 */
final class SourceText {

    /** At most this share of the sampled characters may be control or undecodable characters. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    /** How much of the start of a file is examined to tell text from binary. */
    private static final int SAMPLE_CHARS = 64 * 1024;

    private SourceText() {
    }

    /**
     * Reads {@code file}, refusing it when it is larger than {@code maxBytes}.
     *
     * @throws ArticleFormatException when the file is too large, empty or binary
     */
    static TextDecoder.Decoded read(Path file, long maxBytes) throws IOException, ArticleFormatException {
        return decode(readBytes(file, maxBytes));
    }

    /**
     * Reads a YAML file ({@code site.yml}, a sidecar): like {@link #read}, but an empty file is
     * simply an empty document.
     */
    static String readYaml(Path file, long maxBytes) throws IOException, ArticleFormatException {
        byte[] bytes = readBytes(file, maxBytes);
        String text = TextDecoder.decode(bytes);
        if (looksBinary(text)) {
            throw new ArticleFormatException("binary file, not YAML text");
        }
        return PrintableText.of(text);
    }

    private static byte[] readBytes(Path file, long maxBytes) throws IOException, ArticleFormatException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(size, maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the limit: a file that grows after the size check is still refused.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length, maxBytes);
        }
        return bytes;
    }

    /** Decodes bytes already in memory, with the same empty and binary checks as {@link #read}. */
    static TextDecoder.Decoded decode(byte[] bytes) throws ArticleFormatException {
        if (bytes.length == 0) {
            throw new ArticleFormatException("empty file");
        }
        TextDecoder.Decoded decoded = TextDecoder.decodeDetected(bytes);
        if (looksBinary(decoded.text())) {
            throw new ArticleFormatException("binary file, not text (is it an image or archive renamed?)");
        }
        String text = PrintableText.of(decoded.text());
        if (text.strip().isEmpty()) {
            throw new ArticleFormatException("empty file (only white space)");
        }
        return text == decoded.text() ? decoded : new TextDecoder.Decoded(text, decoded.charset(), decoded.cp1252Lines());
    }

    /**
     * True when the text holds a NUL or more than a few control or undecodable characters, which
     * text from a web page never does, while every binary format soon does.
     */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        int suspicious = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\f';
            if (control || c == '\uFFFD' || (c >= 0x7F && c < 0xA0)) {
                suspicious++;
            }
        }
        return suspicious > Math.max(1, n * MAX_CONTROL_SHARE);
    }

    private static ArticleFormatException tooLarge(long size, long maxBytes) {
        return new ArticleFormatException(String.format(Locale.ROOT,
                "file is %.1f MB, over the limit of %.1f MB for one input file, so it was not read",
                size / 1048576.0, maxBytes / 1048576.0));
    }
}
