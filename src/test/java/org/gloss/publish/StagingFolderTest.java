package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gloss.core.BuildException;
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

    @Test
    void aStreamedFileIsWrittenChunkByChunkAsTheBytesGivenWholeWouldBe() throws IOException {
        Path out = tmp.resolve("site");
        byte[] whole = new byte[3 << 16];
        new Random(5).nextBytes(whole);
        try (StagingFolder staging = StagingFolder.open(out)) {
            staging.accept(OutputFile.streamed("data/big.json", to -> {
                for (int at = 0; at < whole.length; at += 1000) {
                    to.write(whole, at, Math.min(1000, whole.length - at));
                }
            }));
            staging.accept(new OutputFile("data/plain.json", whole));
            staging.commit();
        }
        assertArrayEquals(whole, Files.readAllBytes(out.resolve("data/big.json")));
        assertArrayEquals(whole, Files.readAllBytes(out.resolve("data/plain.json")));
    }

    @Test
    void aStreamedFileThatFailsHalfWrittenLeavesThePreviousSite() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, List.of(OutputFile.text("index.html", "old"), OutputFile.text("data/big.json", "old data")));
        try (StagingFolder staging = StagingFolder.open(out)) {
            staging.accept(OutputFile.text("index.html", "new"));
            BuildException e = assertThrows(BuildException.class, () -> staging.accept(
                    OutputFile.streamed("data/big.json", to -> {
                        to.write(new byte[1 << 17]);
                        throw new IOException("disk full");
                    })));
            assertTrue(e.getMessage().contains("data/big.json"), e.getMessage());
        }
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals("old data", Files.readString(out.resolve("data/big.json")));
        assertEquals(List.of("site"), listing(tmp), "the half-written folder is gone");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
