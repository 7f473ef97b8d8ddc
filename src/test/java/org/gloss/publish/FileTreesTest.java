package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @Test
    void deletesTheTreeButNeverFollowsALinkOutOfIt(@TempDir Path tmp) throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not ours");
        Path tree = Files.createDirectories(tmp.resolve("tree/a/b"));
        Files.writeString(tree.resolve("page.html"), "x");
        Files.createSymbolicLink(tmp.resolve("tree/a/link"), outside);

        FileTrees.delete(tmp.resolve("tree"));

        assertFalse(Files.exists(tmp.resolve("tree")));
        assertTrue(Files.exists(outside.resolve("keep.txt")));
        FileTrees.delete(tmp.resolve("tree")); // gone already: nothing to do, no error
    }
}
