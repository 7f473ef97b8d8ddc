package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 16 (encodings): UTF-16 without a BOM and UTF-32 with one were called binary, a
 * file mixing UTF-8 and Windows-1252 became mojibake, and an Arabic headline was not found.
 */
class EncodingsBuildTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void everyEncodingGetsItsPage() throws IOException {
        ContentFixture fx = new ContentFixture(tmp);
        String article = ContentFixture.article("Café owners meet the council", 2);
        fx.write("utf16.txt", article.getBytes(StandardCharsets.UTF_16LE));
        ByteArrayOutputStream utf32 = new ByteArrayOutputStream();
        utf32.writeBytes(("\uFEFF" + article).getBytes(Charset.forName("UTF-32BE")));
        fx.write("utf32.txt", utf32.toByteArray());
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes("Café owners meet the mayor\n\n".getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes(("The first paragraph of the story tells what happened in the town, "
                + "and who was there when the council met.\n\n").getBytes(StandardCharsets.UTF_8));
        mixed.writeBytes(("A “second” paragraph, pasted from an older page, says the café will stay open, "
                + "the owners said.\n").getBytes(Charset.forName("windows-1252")));
        fx.write("mixed.txt", mixed.toByteArray());
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(fx.page("articles/utf16.html").contains("Café owners meet the council"), "UTF-16 read");
        assertTrue(fx.page("articles/utf32.html").contains("Café owners meet the council"), "UTF-32 read");
        String page = fx.page("articles/mixed.html");
        assertTrue(page.contains("Café owners meet the mayor") && page.contains("the café will stay open")
                && !page.contains("Ã") && !page.contains("\uFFFD"), page);
        assertTrue(run.err().contains("articles/mixed.txt:5: note: mixes UTF-8 with bytes that are not; those bytes"
                + " (on this line) were read as Windows-1252"), run.err());
    }

    @Test
    void anArabicHeadlineIsFound() throws IOException {
        ContentFixture fx = new ContentFixture(tmp);
        fx.write("arabic.txt", """
                قوات سوريا الديمقراطية تعلن السيطرة على بلدة جديدة

                أعلنت قوات سوريا الديمقراطية يوم الاثنين أنها سيطرت على بلدة جديدة في ريف دير الزور الشرقي بعد معارك استمرت أياما.

                وقال متحدث باسم القوات إن العملية مستمرة حتى طرد آخر عناصر التنظيم من المنطقة كلها، بحسب بيان نشر على الإنترنت.
                """);
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        String md = fx.page("md/arabic.md");
        assertTrue(md.contains("title: قوات سوريا الديمقراطية تعلن السيطرة على بلدة جديدة")
                || md.contains("title: \"قوات سوريا الديمقراطية تعلن السيطرة على بلدة جديدة\""), md);
        assertTrue(Files.readString(fx.out.resolve("articles/arabic.html")).contains("<h1"), "a page with its headline");
    }
}
