package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gloss.Gloss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same content produce byte-identical trees: no timestamps, random ids or unstable order. */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        new Gloss(Path.of("content"), Path.of("templates")).build(first);
        // A fresh Gloss (fresh template engine and caches), as a second run of the command would have.
        new Gloss(Path.of("content"), Path.of("templates")).build(second);

        List<String> files = tree(first);
        assertFalse(files.isEmpty());
        assertEquals(files, tree(second), "the two builds hold different files");
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)),
                    f + " differs between two builds");
        }
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
