package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gloss.cli.Main;
import org.gloss.core.BuildException;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The offline archive holds the whole site under one folder, reproducibly, and nothing outside it. */
class ArchiveWriterTest {

    @Test
    void archiveCommandZipsTheWholeSiteUnderOneFolder(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("reader.zip");
        int code = Main.run("archive", "--content", SiteFixture.CONTENT.toString(),
                "--templates", SiteFixture.TEMPLATES.toString(), "--out", zip.toString());
        assertEquals(0, code);
        Path site = SiteFixture.build(dir);
        List<String> expected = new ArrayList<>();
        for (Path p : SiteFixture.files(site, "")) {
            if (p.getFileName().toString().equals(SiteWriter.MARKER)) {
                continue; // the writer's own bookkeeping, not part of the site a reader opens
            }
            expected.add("reader/" + site.relativize(p).toString().replace('\\', '/'));
        }
        List<String> names = new ArrayList<>();
        String notFound = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("reader/404.html")) {
                    notFound = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    continue; // offline, it links relative to itself (below)
                }
                assertArrayEquals(Files.readAllBytes(site.resolve(e.getName().substring("reader/".length()))), bytes,
                        e.getName());
            }
        }
        // The published 404 page links from the base URL's path (it is served at any depth); the
        // archive's is opened where it lies, so every link of it must resolve inside the zip.
        String published = Files.readString(site.resolve("404.html"));
        assertTrue(published.contains("href=\"/idlib-reader/assets/"), "the sample sets a base_url");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(notFound);
        for (org.jsoup.nodes.Element el : page.select("link[href], script[src], a[href]")) {
            String target = el.hasAttr("src") ? el.attr("src") : el.attr("href");
            if (target.startsWith("http") || target.startsWith("#")) {
                continue;
            }
            String file = "reader/" + target.replaceFirst("[?#].*", "");
            assertTrue(names.contains(file) || names.contains(file + "index.html"), "404.html links to " + target);
        }
        assertTrue(!page.select("link[href]").isEmpty(), "the check saw the stylesheets");
        assertEquals(expected.stream().sorted().toList(), names);
        assertTrue(names.containsAll(List.of("reader/index.html", "reader/search.html", "reader/assets/lunr.js",
                "reader/assets/search-index.js")));
    }

    @Test
    void sameSiteSameBytes(@TempDir Path dir) throws IOException {
        List<OutputFile> files = List.of(OutputFile.text("b.html", "b"), OutputFile.text("a/x.css", "x"));
        ArchiveWriter.write(dir.resolve("1.zip"), "s", files);
        ArchiveWriter.write(dir.resolve("2.zip"), "s", List.of(files.get(1), files.get(0)));
        assertArrayEquals(Files.readAllBytes(dir.resolve("1.zip")), Files.readAllBytes(dir.resolve("2.zip")));
    }

    /**
     * Issue 19: entries had no Unix mode (unzipped as 0600 on some systems) and the zip itself was
     * 0600: each entry is now a regular file with mode 0644, read back as {@code unzip -Z} does
     * (made by Unix, the mode in the external attributes), and the zip gets a new file's mode.
     */
    @Test
    void entriesAreReadableByAllAndSoIsTheZip(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("reader.zip");
        ArchiveWriter.write(zip, "reader", List.of(OutputFile.text("index.html", "<p>hi</p>"),
                OutputFile.text("assets/a.css", "p{}"), OutputFile.text("articles/x.html", "x")));
        java.util.Set<java.nio.file.attribute.PosixFilePermission> rwRR =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip,
                java.util.Map.of("enablePosixFileAttributes", "true"))) {
            for (String name : List.of("reader/index.html", "reader/assets/a.css", "reader/articles/x.html")) {
                assertEquals(rwRR, Files.getPosixFilePermissions(fs.getPath(name)), name);
            }
        }
        try (java.util.zip.ZipFile read = new java.util.zip.ZipFile(zip.toFile())) {
            assertEquals(3, read.size());
            assertEquals("x", new String(read.getInputStream(read.getEntry("reader/articles/x.html")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Path plain = Files.writeString(dir.resolve("plain.txt"), "a new file gets the umask's mode");
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(zip));
        }
    }

    @Test
    void refusesPathsThatWouldUnzipOutsideTheFolder(@TempDir Path dir) {
        assertThrows(BuildException.class, () -> ArchiveWriter.write(dir.resolve("bad.zip"), "s",
                List.of(OutputFile.text("../evil.html", "x"))));
        assertTrue(Files.notExists(dir.resolve("bad.zip")), "no half-written archive is left");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "a/../..", "/abs", "a\\..\\..", ""})
    void refusesAFolderNameThatWouldUnzipOutsideTheFolder(String folder, @TempDir Path dir) {
        assertThrows(BuildException.class, () -> ArchiveWriter.write(dir.resolve("bad.zip"), folder,
                List.of(OutputFile.text("index.html", "x"))));
        assertTrue(Files.notExists(dir.resolve("bad.zip")));
    }

    @ParameterizedTest
    @CsvSource({"...zip, site", "..zip, site", "reader.zip, reader", "x.ZIP, x"})
    void theFolderNamedAfterTheZipIsAPlainName(String zip, String folder) {
        assertEquals(folder, ArchiveWriter.folderFor(Path.of(zip)));
    }

    @Test
    void neverOverwritesAFileThatIsNotAnArchiveGlossWrote(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.zip"), "my notes, not a zip");
        Path other = dir.resolve("other.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        byte[] otherBytes = Files.readAllBytes(other);
        List<OutputFile> site = List.of(OutputFile.text("index.html", "x"));

        BuildException e = assertThrows(BuildException.class, () -> ArchiveWriter.write(notes, "s", site));
        assertTrue(e.getMessage().contains("not an archive Gloss wrote"), e.getMessage());
        assertThrows(BuildException.class, () -> ArchiveWriter.write(other, "s", site));

        assertEquals("my notes, not a zip", Files.readString(notes));
        assertArrayEquals(otherBytes, Files.readAllBytes(other));
    }

    @Test
    void replacesAnArchiveItWroteBefore(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("site.zip");
        ArchiveWriter.write(zip, "s", List.of(OutputFile.text("index.html", "first")));
        ArchiveWriter.write(zip, "s", List.of(OutputFile.text("index.html", "second")));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            assertEquals("second", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
