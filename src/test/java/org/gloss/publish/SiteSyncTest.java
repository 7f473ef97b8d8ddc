package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.gloss.core.BuildException;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's output folder moves from one whole version to the next, never through a mix of both. */
class SiteSyncTest {

    @TempDir
    Path tmp;

    @Test
    void anUpdateThatFailsPartWayLeavesTheOutputAsItWas() throws IOException {
        Path out = tmp.resolve("site");
        SiteSync sync = new SiteSync(out);
        sync.writeAll(List.of(OutputFile.text("a.html", "old a"), OutputFile.text("b.html", "old b")));

        // The third file fails as a full disk would: the first two are made by then.
        assertThrows(BuildException.class, () -> sync.update(List.of(OutputFile.text("a.html", "new a"),
                OutputFile.text("b.html", "new b"), OutputFile.text("../outside.html", "x"))));

        assertEquals("old a", Files.readString(out.resolve("a.html")));
        assertEquals("old b", Files.readString(out.resolve("b.html")));
        assertEquals(List.of("site"), listing(tmp), "no staging folder is left behind");
    }

    @Test
    void anUpdateCarriesOverWhatDidNotChangeAndListsEveryFileInTheMarker() throws IOException {
        Path out = tmp.resolve("site");
        SiteSync sync = new SiteSync(out);
        sync.writeAll(List.of(OutputFile.text("a.html", "a"), OutputFile.text("gone.html", "g")));

        int touched = sync.update(List.of(OutputFile.text("a.html", "a"), OutputFile.text("md/new.md", "n")));

        assertEquals(2, touched, "one file made, one deleted");
        assertEquals(List.of(".gloss-site", "a.html", "md"), listing(out));
        assertEquals("a", Files.readString(out.resolve("a.html")));
        assertEquals("n", Files.readString(out.resolve("md/new.md")));
        assertTrue(SiteMarker.firstUnlisted(out).isEmpty(), "the marker lists every file, so a build may replace it");
    }

    /** A rebuild that changed nothing (a save of the same bytes) must not touch the folder at all. */
    @Test
    void anUpdateThatChangesNothingLeavesTheFolderAlone() throws IOException {
        Path out = tmp.resolve("site");
        SiteSync sync = new SiteSync(out);
        List<OutputFile> site = List.of(OutputFile.text("a.html", "a"));
        sync.writeAll(site);
        Object folder = Files.readAttributes(out, BasicFileAttributes.class).fileKey();

        assertEquals(0, sync.update(site));

        assertEquals(folder, Files.readAttributes(out, BasicFileAttributes.class).fileKey(), "not swapped");
    }

    @Test
    void aFileAddedToTheOutputWhileServingIsNeverDeleted() throws IOException {
        Path out = tmp.resolve("site");
        SiteSync sync = new SiteSync(out);
        sync.writeAll(List.of(OutputFile.text("a.html", "a")));
        Files.writeString(out.resolve("notes.txt"), "mine");

        BuildException e = assertThrows(BuildException.class, () -> sync.update(List.of(OutputFile.text("a.html", "b"))));

        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
