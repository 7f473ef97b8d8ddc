package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;

class InputFolderTest {

    @Test
    void aRegularFileInAMemoryBackedFolderIsRead() throws IOException {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "no /dev/shm on this machine");
        Path content = Files.createTempDirectory(shm, "gloss-content");
        try {
            Path site = Files.writeString(content.resolve("site.yml"), "title: Reader\n");
            List<Problem> problems = new ArrayList<>();
            assertEquals(Optional.of(site), InputFolder.content(content).readable("site.yml", problems));
            assertTrue(problems.isEmpty(), problems.toString());
        } finally {
            Files.deleteIfExists(content.resolve("site.yml"));
            Files.delete(content);
        }
    }

    @Test
    void aDeviceIsNotRead() {
        Path zero = Path.of("/dev/null");
        assumeTrue(Files.exists(zero), "no /dev/null on this machine");
        List<Problem> problems = new ArrayList<>();
        assertEquals(Optional.empty(), InputFolder.content(Path.of("/dev")).readable("null", problems));
        assertEquals(1, problems.size(), problems.toString());
    }
}
