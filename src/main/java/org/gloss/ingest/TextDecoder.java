package org.gloss.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, and otherwise
 * Windows-1252, since text that is not valid UTF-8 almost always comes from a Western Windows
 * page. Line endings become {@code \n}.
 */
public final class TextDecoder {

    /** The name reported when a file was not valid UTF-8 and was read as Windows-1252. */
    public static final String CP1252_NAME = "windows-1252";

    private static final Charset CP1252 = Charset.forName(CP1252_NAME);

    private TextDecoder() {
    }

    /** Decoded text and the character set it was read in. */
    public record Decoded(String text, String charset) {
        /** True when the bytes were not valid UTF-8 and were read as Windows-1252 instead. */
        public boolean fellBackToCp1252() {
            return CP1252_NAME.equals(charset);
        }
    }

    public static String decode(byte[] bytes) {
        return decodeDetected(bytes).text();
    }

    /** Decodes {@code bytes} and says which character set that took. */
    public static Decoded decodeDetected(byte[] b) {
        Decoded raw = decodeCharset(b);
        return new Decoded(normalizeLineEndings(raw.text()), raw.charset());
    }

    private static Decoded decodeCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strictOrCp1252(b, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        return strictOrCp1252(b, 0);
    }

    private static Decoded strictOrCp1252(byte[] b, int offset) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
            return new Decoded(s, "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, offset, b.length - offset, CP1252), CP1252_NAME);
        }
    }

    /** CRLF and lone CR become LF, so every reader sees one kind of line. */
    public static String normalizeLineEndings(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
