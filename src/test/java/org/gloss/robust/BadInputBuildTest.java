package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gloss.ingest.ArticleIngester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds a content folder holding one good article and one bad input, through the CLI: the bad
 * input is reported with its file (and line and column where there is one), skipped, and the good
 * article still gets its page; {@code --strict} turns a skipped article into exit 1.
 */
class BadInputBuildTest {

    @TempDir
    Path tmp;
    ContentFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ContentFixture(tmp);
        fx.write("good.txt", ContentFixture.article("A good article about the council", 3));
    }

    /** One bad input: file name, bytes, and what the warning line must match. */
    record Bad(String file, byte[] bytes, String expected) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Bad> badInputs() throws IOException {
        return Stream.of(
                new Bad("empty.txt", new byte[0], "articles/empty.txt: warning: empty file"),
                new Bad("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.UTF_8),
                        "articles/blank.txt: warning: empty file"),
                new Bad("photo.txt", image("png"), "articles/photo.txt: warning: binary file"),
                new Bad("snapshot.txt", image("jpg"), "articles/snapshot.txt: warning: binary file"),
                new Bad("zeros.html", new byte[4096], "articles/zeros.html: warning: binary file"),
                new Bad("symbols.txt", "----\n****\n\n1234 5678\n!!! ???\n".getBytes(StandardCharsets.UTF_8),
                        "articles/symbols.txt: warning: .*text.*skipped"),
                new Bad("headline-only.txt", "Just a headline\n".getBytes(StandardCharsets.UTF_8),
                        "articles/headline-only.txt: warning: .*text.*skipped"),
                new Bad("nobody.html", ("<html><head><title>A page</title><script>var x = 1;</script></head>"
                        + "<body><nav><a href=\"/\">Home</a></nav><div></div></body></html>")
                        .getBytes(StandardCharsets.UTF_8), "articles/nobody.html: warning: .*text.*skipped"),
                new Bad("front.md", "---\ntitle: [unclosed\nauthor: X\n---\nSome body text here.\n"
                        .getBytes(StandardCharsets.UTF_8),
                        "articles/front.md:\\d+:\\d+: warning: malformed YAML.*skipped"),
                new Bad("badtabs.md", "---\ntitle: ok\n\tauthor: tab\n---\nSome body text here.\n"
                        .getBytes(StandardCharsets.UTF_8),
                        "articles/badtabs.md:[34]:\\d+: warning: malformed YAML.*skipped"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsReportedAndSkippedAndTheRestBuilds(Bad bad) throws IOException {
        fx.write(bad.file(), bad.bytes());

        ContentFixture.Run run = fx.build();

        assertEquals(0, run.exit(), run.err());
        assertWarning(run, bad.expected());
        assertTrue(Files.exists(fx.out.resolve("articles/good.html")), "the good article still has its page");
        assertEquals(1, countPages(), "only the good article has a page");
        assertEquals(1, fx.build("--strict").exit(), "--strict fails when an article was skipped");
    }

    @Test
    void malformedSidecarIsReportedWithItsOwnLineAndColumn() throws IOException {
        fx.write("second.txt", ContentFixture.article("A second article", 2));
        fx.write("second.yml", "title: fine\noutlet: \"unterminated\ndate: 2024-01-02\n");

        ContentFixture.Run run = fx.build();

        assertEquals(0, run.exit());
        assertWarning(run, "articles/second.yml:\\d+:\\d+: warning: malformed YAML.*articles/second.txt skipped");
        assertFalse(Files.exists(fx.out.resolve("articles/second.html")));
    }

    @Test
    void sidecarWithAnInvalidDateNamesTheSidecar() throws IOException {
        fx.write("second.txt", ContentFixture.article("A second article", 2));
        fx.write("second.yml", "title: fine\ndate: next tuesday\n");

        ContentFixture.Run run = fx.build();

        assertWarning(run, "articles/second.yml:\\d+:\\d+: warning: date 'next tuesday' is not YYYY-MM-DD");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithTheLimitNamed() throws IOException {
        Path big = fx.articles.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: takes no disk, and is never read
        }

        ContentFixture.Run run = fx.build();

        assertEquals(0, run.exit());
        long limitMb = ArticleIngester.MAX_FILE_BYTES / (1024 * 1024);
        assertWarning(run, "articles/huge.txt: warning: file is 50\\.0 MB, over the limit of " + limitMb
                + "\\.0 MB.*skipped");
        assertTrue(Files.exists(fx.out.resolve("articles/good.html")));
    }

    @Test
    void unknownFileTypeIsANoteAndDoesNotFailStrict() throws IOException {
        fx.write("notes.docx", "whatever".getBytes(StandardCharsets.UTF_8));
        fx.write("orphan.yml", "title: nobody's sidecar\n");

        ContentFixture.Run run = fx.build("--strict");

        assertEquals(0, run.exit(), run.err());
        assertWarning(run, "articles/notes.docx: note: ignored: not an article type");
        assertWarning(run, "articles/orphan.yml: note: ignored");
    }

    @Test
    void symbolicLinkOutsideContentIsNotFollowed() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), ContentFixture.article("Private notes", 2));
        Files.createSymbolicLink(fx.articles.resolve("link.txt"), secret);
        Path outsideDir = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outsideDir.resolve("inner.txt"), ContentFixture.article("Also private", 2));
        Files.createSymbolicLink(fx.articles.resolve("folder"), outsideDir);

        ContentFixture.Run run = fx.build();

        assertEquals(0, run.exit());
        assertWarning(run, "articles/link.txt: warning: symbolic link pointing outside the content folder");
        assertFalse(Files.exists(fx.out.resolve("articles/link.html")));
        assertFalse(Files.exists(fx.out.resolve("articles/inner.html")));
        assertFalse(fx.page("data/annotations.json").contains("Private notes"));
        assertEquals(1, fx.build("--strict").exit());
    }

    @Test
    void brokenSymbolicLinkIsReportedAndTheRestIsListed() throws IOException {
        Files.createSymbolicLink(fx.articles.resolve("a-broken.txt"), tmp.resolve("missing.txt"));

        ContentFixture.Run run = fx.build();

        assertEquals(0, run.exit());
        assertWarning(run, "articles/a-broken.txt: warning: broken symbolic link");
        assertTrue(Files.exists(fx.out.resolve("articles/good.html")));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() throws IOException {
        byte[] cp1252 = (ContentFixture.article("Caf\u00e9 owners meet", 1)
                + "The owner said \u201cwe are open\u201d \u2013 and meant it.\n")
                .getBytes(Charset.forName("windows-1252"));
        fx.write("legacy.txt", cp1252);

        ContentFixture.Run run = fx.build("--strict");

        assertEquals(0, run.exit(), run.err());
        assertWarning(run, "articles/legacy.txt: note: not valid UTF-8; read as Windows-1252");
        String md = fx.page("md/legacy.md");
        assertTrue(md.contains("Caf\u00e9 owners meet"), md);
        assertTrue(md.contains("\u201cwe are open\u201d \u2013 and meant it."), md);
    }

    @ParameterizedTest
    @MethodSource("utf16")
    void utf16WithByteOrderMarkIsRead(String charset) throws IOException {
        String text = ContentFixture.article("Z\u00fcrich council votes \u2014 again", 2);
        fx.write("wide.txt", text.getBytes(Charset.forName(charset)));

        ContentFixture.Run run = fx.build("--strict");

        assertEquals(0, run.exit(), run.err());
        assertTrue(fx.page("md/wide.md").contains("Z\u00fcrich council votes \u2014 again"));
    }

    static Stream<String> utf16() {
        return Stream.of("UTF-16", "x-UTF-16LE-BOM");
    }

    @Test
    void mixedLineEndingsSplitParagraphsTheSameWay() throws IOException {
        fx.write("mixed.txt", "Mixed endings headline\r\n\r\nFirst paragraph with words.\n\nSecond paragraph"
                + " with words.\r\rThird paragraph with words.\r\n");

        ContentFixture.Run run = fx.build("--strict");

        assertEquals(0, run.exit(), run.err());
        String md = fx.page("md/mixed.md");
        assertFalse(md.contains("\r"));
        for (String p : new String[] {"First", "Second", "Third"}) {
            assertTrue(Pattern.compile("(?m)^" + p + " paragraph with words\\.$").matcher(md).find(), md);
        }
    }

    private static void assertWarning(ContentFixture.Run run, String regex) {
        Pattern p = Pattern.compile("(?m)^" + regex);
        assertTrue(p.matcher(run.err()).find(), () -> "expected a line matching " + regex + " in:\n" + run.err());
    }

    private long countPages() throws IOException {
        try (Stream<Path> s = Files.list(fx.out.resolve("articles"))) {
            return s.count();
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                img.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | (x ^ y));
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, format, b);
        return b.toByteArray();
    }
}
