package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files stream into a folder beside the output; the output changes only at the commit. */
class StagingFolderTest {

    @TempDir
    Path tmp;

    @Test
    void filesLandBesideTheOutputAndReplaceItOnlyAtTheCommit() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, List.of(OutputFile.text("index.html", "old")));
        try (StagingFolder staging = StagingFolder.open(out)) {
            // Many threads at once, as article pages arrive from the render.
            IntStream.range(0, 200).parallel()
                    .forEach(i -> staging.accept(OutputFile.text("articles/a" + i + ".html", "page " + i)));
            staging.accept(OutputFile.text("index.html", "new"));
            assertEquals(201, staging.fileCount());
            assertEquals("old", Files.readString(out.resolve("index.html")), "the old site is untouched until the commit");
            assertEquals(2, listing(tmp).size(), "the new site is being written beside it");
            staging.commit();
        }
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertEquals("page 7", Files.readString(out.resolve("articles/a7.html")));
        assertEquals(List.of("site"), listing(tmp));
    }

    @Test
    void closingWithoutACommitDeletesWhatWasWrittenAndRefusesMore() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, List.of(OutputFile.text("index.html", "old")));
        StagingFolder staging = StagingFolder.open(out);
        staging.accept(OutputFile.text("index.html", "half a site"));
        staging.close();

        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), listing(tmp), "the half-written folder is gone");
        assertThrows(IllegalStateException.class, () -> staging.accept(OutputFile.text("late.html", "x")));
        assertFalse(Files.exists(out.resolve("late.html")));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
