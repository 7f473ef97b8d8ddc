package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of {@code gloss build} on the same content, each in its own JVM, produce byte-identical
 * trees: no timestamps, random ids, unstable order, or order that follows a per-process hash salt
 * ({@code Set.of}/{@code Map.of} iterate in an order seeded anew in every JVM, so two builds in one
 * process could never show it).
 */
class ReproducibleBuildTest {

    @TempDir
    Path dir;

    @Test
    void twoBuildsInSeparateProcessesAreByteIdentical() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        // Both at once: separate processes either way, and half the wall time on a busy machine.
        Process one = startBuild(first);
        Process two = startBuild(second);
        awaitSuccess(one, first);
        awaitSuccess(two, second);

        List<String> files = SiteFixture.tree(first);
        assertFalse(files.isEmpty());
        assertEquals(files, SiteFixture.tree(second), "the two builds hold different files");
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)),
                    f + " differs between two builds");
        }
    }

    /** {@code gloss build} of the sample content into {@code out}, in a child JVM on this test's class path. */
    private Process startBuild(Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.gloss.cli.Main", "build",
                "--content", SiteFixture.CONTENT.toString(), "--templates", SiteFixture.TEMPLATES.toString(),
                "--out", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log(out).toFile())
                .start();
    }

    private static void awaitSuccess(Process build, Path out) throws Exception {
        // A guard against a hung child, not a time limit on the build.
        assertTrue(build.waitFor(10, TimeUnit.MINUTES), "the build into " + out + " did not finish");
        assertEquals(0, build.exitValue(), "the build into " + out + " failed:\n" + Files.readString(log(out)));
    }

    private static Path log(Path out) {
        return out.resolveSibling(out.getFileName() + ".log");
    }
}
