package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16, item 16: encodings that were called binary, and files that mix two encodings. */
class TextDecoderTest {

    private static final String TEXT = "Harbour reopens after storm\n\nThe harbour reopened on Monday, café owners said.\n";

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutABomIsToldByItsZeroBytes(String charset) throws ArticleFormatException {
        TextDecoder.Decoded d = SourceText.decode(TEXT.getBytes(Charset.forName(charset)));
        assertEquals(TEXT, d.text());
        assertEquals(charset, d.charset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-32LE", "UTF-32BE"})
    void utf32WithABomIsRead(String charset) throws ArticleFormatException {
        byte[] bom = "\uFEFF".getBytes(Charset.forName(charset));
        byte[] body = TEXT.getBytes(Charset.forName(charset));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(bom);
        b.writeBytes(body);
        TextDecoder.Decoded d = SourceText.decode(b.toByteArray());
        assertEquals(TEXT, d.text());
        assertEquals(charset, d.charset());
    }

    @Test
    void aFileMixingUtf8AndCp1252IsReadByteRunByByteRun() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("Line one: café in UTF-8\r\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("Line two is plain\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("Line three: “quoted” naïve in cp1252\n".getBytes(Charset.forName("windows-1252")));
        b.writeBytes("Line four: ß in UTF-8 again and € in cp1252 ".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("€\n".getBytes(Charset.forName("windows-1252")));
        TextDecoder.Decoded d = TextDecoder.decodeDetected(b.toByteArray());
        assertEquals("Line one: café in UTF-8\nLine two is plain\nLine three: “quoted” naïve in cp1252\n"
                + "Line four: ß in UTF-8 again and € in cp1252 €\n", d.text());
        assertEquals(TextDecoder.MIXED_NAME, d.charset());
        assertEquals(List.of(3, 4), d.cp1252Lines());
    }

    @Test
    void aFileAllInCp1252IsStillSimplyCp1252() {
        TextDecoder.Decoded d = TextDecoder.decodeDetected("“Café”, naïve — 5 €".getBytes(Charset.forName("windows-1252")));
        assertEquals("“Café”, naïve — 5 €", d.text());
        assertEquals(TextDecoder.CP1252_NAME, d.charset());
    }

    @Test
    void validUtf8IsUtf8() {
        TextDecoder.Decoded d = TextDecoder.decodeDetected("“Café” — ß".getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", d.charset());
    }
}
