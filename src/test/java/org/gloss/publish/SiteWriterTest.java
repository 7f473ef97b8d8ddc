package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gloss.core.BuildException;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer swaps in complete sites only, never writes outside the output, never replaces a stranger's folder. */
class SiteWriterTest {

    @TempDir
    Path tmp;

    private static List<OutputFile> site(String text) {
        return List.of(OutputFile.text("index.html", text), OutputFile.text("articles/a.html", text + " a"));
    }

    @Test
    void writesTheSiteAndReplacesAnEarlierOne() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, site("one"));
        SiteWriter.write(out, site("two"));

        assertEquals("two", Files.readString(out.resolve("index.html")));
        assertEquals("two a", Files.readString(out.resolve("articles/a.html")));
        assertTrue(Files.exists(out.resolve(SiteWriter.MARKER)));
        assertEquals(List.of("site"), listing(tmp), "no staging or old folders are left beside the site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.html", "/etc/escape.html", "a/../../escape.html", "a\\..\\escape.html",
        "", ".", "a/\u0000.html"})
    void refusesPathsOutsideTheOutputAndKeepsThePreviousSite(String path) throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, site("one"));

        assertThrows(BuildException.class,
                () -> SiteWriter.write(out, List.of(OutputFile.text("index.html", "two"), OutputFile.text(path, "x"))));

        assertEquals("one", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), listing(tmp));
    }

    @Test
    void twoFilesWithOnePathFailInsteadOfOverwriting() throws IOException {
        Path out = tmp.resolve("site");
        BuildException e = assertThrows(BuildException.class, () -> SiteWriter.write(out,
                List.of(OutputFile.text("articles/a.html", "first"), OutputFile.text("articles/a.html", "second"))));
        assertTrue(e.getMessage().contains("two files of the site have this path"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesAnOutputThatIsAFile() throws IOException {
        Path out = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        BuildException e = assertThrows(BuildException.class, () -> SiteWriter.write(out, site("x")));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void refusesToReplaceAFolderGlossDidNotBuild() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(out.resolve("site.yml"), "title: mine");
        BuildException e = assertThrows(BuildException.class, () -> SiteWriter.write(out, site("x")));
        assertTrue(e.getMessage().contains("is not a site Gloss built"), e.getMessage());
        assertEquals("title: mine", Files.readString(out.resolve("site.yml")));
        assertEquals(List.of("content"), listing(tmp));
    }

    @Test
    void writesIntoAnEmptyFolder() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        SiteWriter.write(out, site("x"));
        assertEquals("x", Files.readString(out.resolve("index.html")));
    }

    @Test
    void refusesTheFileSystemRoot() {
        Path root = tmp.getRoot();
        BuildException e = assertThrows(BuildException.class, () -> SiteWriter.write(root, site("x")));
        assertTrue(e.getMessage().contains("root"), e.getMessage());
    }

    @Test
    void cleansUpAfterAKilledBuildAndRestoresASiteItHadMovedAside() throws IOException, InterruptedException {
        long dead = deadPid();
        Path out = tmp.resolve("site");
        Path halfWritten = Files.createDirectories(tmp.resolve(".site-building-" + dead + "-123/articles"));
        Files.writeString(halfWritten.resolve("a.html"), "half");
        Path movedAside = Files.createDirectories(tmp.resolve(".site-old-" + dead));
        Files.writeString(movedAside.resolve("index.html"), "previous");
        Files.writeString(movedAside.resolve(SiteWriter.MARKER), "");
        Path live = Files.createDirectories(tmp.resolve(".site-building-" + ProcessHandle.current().pid() + "-9"));

        StaleBuilds.cleanUp(out.toAbsolutePath());

        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(List.of(".site-building-" + ProcessHandle.current().pid() + "-9", "site"), listing(tmp));
        assertTrue(Files.isDirectory(live), "a running build's folder is left alone");
    }

    /** The pid of a process that has finished, so certainly not alive. */
    private static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
