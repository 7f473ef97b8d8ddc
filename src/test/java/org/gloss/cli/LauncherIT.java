package org.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/gloss}, the README's launcher, run against the packaged jar as a user runs it. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/gloss").toAbsolutePath();

    @TempDir
    Path tmp;
    Path jar;
    Path archive;

    /** A copy of the jar, so the archive the launcher records lands in the temp folder. */
    @BeforeEach
    void copyJar() throws IOException {
        jar = tmp.resolve("gloss.jar");
        Files.copy(Path.of("target/gloss.jar"), jar);
        archive = tmp.resolve("gloss.jsa");
    }

    @Test
    void firstBuildRecordsTheArchiveAndLaterBuildsUseIt() throws Exception {
        Result first = gloss("build", "--out", tmp.resolve("site1").toString());
        assertEquals(0, first.code(), first.output());
        assertTrue(Files.size(archive) > 0, "no class-data archive recorded");
        FileTime recorded = Files.getLastModifiedTime(archive);

        Result second = gloss("build", "--out", tmp.resolve("site2").toString());
        assertEquals(0, second.code(), second.output());
        assertEquals(recorded, Files.getLastModifiedTime(archive), "a fresh archive must be reused, not rewritten");
        assertEquals(Files.readString(tmp.resolve("site1/index.html")), Files.readString(tmp.resolve("site2/index.html")));
        try (var left = Files.list(tmp)) {
            assertFalse(left.anyMatch(p -> p.toString().endsWith(".tmp")), "temporary archive left behind");
        }
    }

    @Test
    void aRebuiltJarGetsANewArchive() throws Exception {
        assertEquals(0, gloss("build", "--out", tmp.resolve("site").toString()).code());
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(30)));
        FileTime stale = Files.getLastModifiedTime(archive);

        assertEquals(0, gloss("build", "--out", tmp.resolve("site").toString()).code());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(stale) > 0, "stale archive not recorded again");
    }

    /** The jar says which release it is: the pom's version, not "development build" (issue 19). */
    @Test
    void theJarKnowsItsVersion() throws Exception {
        Result version = gloss("--version");
        assertEquals(0, version.code(), version.output());
        assertTrue(version.output().strip().matches("gloss \\d+\\.\\d+\\.\\d+.*"), version.output());
    }

    @Test
    void onlyASuccessfulBuildRecordsTheArchive() throws Exception {
        // --help loads a handful of classes, and a failed build stops part way: neither is a
        // fair picture of what a build needs.
        Result help = gloss("--help");
        assertEquals(0, help.code(), help.output());
        assertTrue(help.output().contains("build"), help.output());
        assertFalse(Files.exists(archive));

        Result usage = gloss("build", "--no-such-option");
        assertEquals(2, usage.code(), usage.output());
        assertFalse(Files.exists(archive));
    }

    @Test
    void missingJarIsAClearError() throws Exception {
        Files.delete(jar);
        Result r = gloss("build");
        assertEquals(2, r.code());
        assertTrue(r.output().contains("mvn -q -DskipTests package"), r.output());
    }

    private record Result(int code, String output) {
    }

    private Result gloss(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("GLOSS_JAR", jar.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher hung");
        return new Result(p.exitValue(), output);
    }
}
