package org.gloss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streamed file is fingerprinted as it is written out, and a large file read back from the
 * output folder is checked and handed on without being held whole: both as the plain whole-array
 * path would record and reuse them.
 */
class StoredPagesTest {

    private static final String PATH = "data/annotations.json";

    @TempDir
    Path tmp;

    @Test
    void aStreamedFileIsRecordedAsWrittenAndReusedStreamedWhileUnchanged() throws IOException {
        BuildCache store = BuildCache.open(tmp.resolve("cache"));
        Path out = tmp.resolve("site");
        byte[] big = new byte[3 << 20];
        new Random(3).nextBytes(big);

        StoredPages first = StoredPages.open(store, out, "inputs", new byte[] {1});
        OutputFile made = first.get(PATH, () -> "key", () -> OutputFile.streamed(PATH, o -> {
            for (int at = 0; at < big.length; at += 5000) {
                o.write(big, at, Math.min(5000, big.length - at));
            }
        }));
        assertEquals(List.of(PATH), first.made());
        writeOut(out, made);
        first.finish();

        StoredPages second = StoredPages.open(store, out, "inputs", new byte[] {1});
        OutputFile reused = second.get(PATH, () -> "key", () -> fail("made again though unchanged"));
        assertTrue(second.reused(PATH));
        assertTrue(reused.streamed(), "a large file is handed on from the output folder, not held whole");
        assertArrayEquals(big, reused.content());
        second.finish();

        // A byte changed in the output folder: the file no longer matches its record, and is made.
        big[big.length / 2] ^= 1;
        Files.write(out.resolve(PATH), big);
        StoredPages third = StoredPages.open(store, out, "inputs", new byte[] {1});
        OutputFile again = third.get(PATH, () -> "key", () -> new OutputFile(PATH, new byte[] {'x'}));
        assertFalse(third.reused(PATH));
        assertArrayEquals(new byte[] {'x'}, again.content());
    }

    @Test
    void aStreamedFileNeverWrittenIsNotRecorded() throws IOException {
        BuildCache store = BuildCache.open(tmp.resolve("cache"));
        Path out = tmp.resolve("site");
        StoredPages first = StoredPages.open(store, out, "inputs", new byte[] {1});
        first.get(PATH, () -> "key", () -> OutputFile.streamed(PATH, o -> o.write(new byte[] {'a'})));
        Files.createDirectories(out.resolve("data"));
        Files.write(out.resolve(PATH), new byte[] {'a'});
        first.finish();

        StoredPages second = StoredPages.open(store, out, "inputs", new byte[] {1});
        second.get(PATH, () -> "key", () -> OutputFile.text(PATH, "a"));
        assertFalse(second.reused(PATH), "no fingerprint was recorded for it, so it is made");
    }

    private static void writeOut(Path out, OutputFile f) throws IOException {
        Path file = out.resolve(f.path());
        Files.createDirectories(file.getParent());
        try (OutputStream o = Files.newOutputStream(file)) {
            f.writeTo(o);
        }
    }
}
