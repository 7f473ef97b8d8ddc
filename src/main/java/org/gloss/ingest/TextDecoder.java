package org.gloss.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM,
 * UTF-16 without one when its zero bytes show it (mostly-ASCII text has one in every other
 * byte), and otherwise byte by byte: valid UTF-8 stays UTF-8 and every byte that is not is read
 * as Windows-1252, since such bytes almost always come from a Western Windows page (a file pasted
 * together from two sources holds both). Line endings become {@code \n}.
 */
public final class TextDecoder {

    /** The name reported when a file was not valid UTF-8 and was read as Windows-1252. */
    static final String CP1252_NAME = "windows-1252";

    /** The name reported when a file held valid UTF-8 and bytes that could only be Windows-1252. */
    static final String MIXED_NAME = "UTF-8 and windows-1252";

    private static final Charset CP1252 = Charset.forName(CP1252_NAME);
    /** What each byte 0x80–0xFF means in Windows-1252, by byte minus 0x80. */
    private static final String CP1252_HIGH = cp1252High();
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** How many bytes are looked at to tell UTF-16 without a BOM. */
    private static final int SNIFF_BYTES = 4096;

    private TextDecoder() {
    }

    /**
     * Decoded text, the character set it was read in, and for a mixed file the lines (from 1)
     * that held bytes read as Windows-1252.
     */
    record Decoded(String text, String charset, List<Integer> cp1252Lines) {
        public Decoded {
            cp1252Lines = List.copyOf(cp1252Lines);
        }

        public Decoded(String text, String charset) {
            this(text, charset, List.of());
        }

        /** True when the bytes were not valid UTF-8 and were read as Windows-1252 instead. */
        boolean fellBackToCp1252() {
            return CP1252_NAME.equals(charset);
        }

        /** True when the file mixed valid UTF-8 with bytes read as Windows-1252. */
        boolean mixed() {
            return MIXED_NAME.equals(charset);
        }
    }

    public static String decode(byte[] bytes) {
        return decodeDetected(bytes).text();
    }

    /** Decodes {@code bytes} and says which character set that took. */
    static Decoded decodeDetected(byte[] b) {
        Decoded raw = decodeCharset(b);
        return new Decoded(normalizeLineEndings(raw.text()), raw.charset(), raw.cp1252Lines());
    }

    private static Decoded decodeCharset(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return utf8OrCp1252(b, 3);
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 4, b.length - 4, UTF_32BE), "UTF-32BE");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Decoded(new String(b, 4, b.length - 4, UTF_32LE), "UTF-32LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        Optional<Charset> utf16 = utf16WithoutBom(b);
        if (utf16.isPresent()) {
            return new Decoded(new String(b, utf16.get()), utf16.get().name());
        }
        return utf8OrCp1252(b, 0);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 of mostly-ASCII text without a BOM: nearly every byte on one side of each pair is
     * zero and nearly none on the other (UTF-8 and Windows-1252 text has no zero bytes at all).
     */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (n < 8) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros >= pairs * 0.7 && evenZeros <= pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros >= pairs * 0.7 && oddZeros <= pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * UTF-8 where it is valid, each other byte as Windows-1252: all UTF-8 is "UTF-8", no valid
     * multi-byte sequence at all is "windows-1252" (the file was simply in that encoding), and
     * both is {@link #MIXED_NAME}, with the lines that held Windows-1252 bytes.
     */
    private static Decoded utf8OrCp1252(byte[] b, int offset) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate(b.length - offset + 16);
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int counted = 0;
        boolean sawUtf8 = false;
        while (true) {
            int before = out.position();
            CoderResult r = utf8.decode(in, out, true);
            for (int i = before; i < out.position(); i++) {
                char c = out.get(i);
                sawUtf8 |= c >= 0x80;
            }
            if (r.isUnderflow()) {
                break;
            }
            // Each character decoded is at most one per byte, so out never overflows.
            line += newlines(out, counted, out.position());
            counted = out.position();
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                lines.add(line);
            }
            for (int i = 0; i < r.length(); i++) {
                int octet = in.get() & 0xFF;
                out.put(octet < 0x80 ? (char) octet : CP1252_HIGH.charAt(octet - 0x80));
            }
        }
        utf8.flush(out);
        String text = out.flip().toString();
        if (lines.isEmpty()) {
            return new Decoded(text, "UTF-8");
        }
        return sawUtf8 ? new Decoded(text, MIXED_NAME, lines) : new Decoded(text, CP1252_NAME);
    }

    /** Line breaks in {@code out[from, to)}: LF, and CR not followed by LF. */
    private static int newlines(CharBuffer out, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = out.get(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= to || out.get(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private static String cp1252High() {
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) {
            high[i] = (byte) (0x80 + i);
        }
        return new String(high, CP1252);
    }

    /** CRLF and lone CR become LF, so every reader sees one kind of line. */
    static String normalizeLineEndings(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
