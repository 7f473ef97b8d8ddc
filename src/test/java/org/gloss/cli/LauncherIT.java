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
import java.util.Map;
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

    /** A small job gets C1 and the serial collector: what the JVM itself reports it runs with. */
    @Test
    void aSmallJobStartsFast() throws Exception {
        Result r = gloss(Map.of("GLOSS_JAVA_OPTS", "-XX:+PrintFlagsFinal", "GLOSS_LAUNCHER_DEBUG", "1"), "--version");
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("small job"), r.output());
        assertTrue(flag(r, "TieredStopAtLevel").equals("1"), r.output());
        assertEquals("true", flag(r, "UseSerialGC"));
    }

    /** A large job (here: more files than a threshold of 3) gets C2 and room to grow its heap. */
    @Test
    void aLargeJobGetsC2AndALargerHeap() throws Exception {
        Result r = gloss(Map.of("GLOSS_JAVA_OPTS", "-XX:+PrintFlagsFinal", "GLOSS_LARGE_JOB", "3", "GLOSS_LAUNCHER_DEBUG", "1"),
                "--version");
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("large job"), r.output());
        assertEquals("4", flag(r, "TieredStopAtLevel"));
        assertEquals("75.000000", flag(r, "MaxRAMPercentage"));

        Result built = gloss(Map.of("GLOSS_LARGE_JOB", "3"), "build", "--out", tmp.resolve("site").toString(),
                "--no-cache");
        assertEquals(0, built.code(), built.output());
    }

    /**
     * A large build that looks as if it has nothing to do (no input, nor the jar, newer than the
     * marker the last build left in the output folder) starts as a small job: it is over before
     * C2 would pay back. An input touched since, or no cache, makes it a large job again.
     */
    @Test
    void aLargeBuildWithNothingNewStartsAsASmallJob() throws Exception {
        Path content = tmp.resolve("content");
        try (var files = Files.walk(Path.of("content"))) {
            for (Path p : files.toList()) {
                Path to = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Map<String, String> large = Map.of("GLOSS_LARGE_JOB", "3", "GLOSS_LAUNCHER_DEBUG", "1");
        String[] build = {"build", "--content", content.toString(), "--out", tmp.resolve("site").toString(),
                "--templates", tmp.resolve("no-templates").toString(), "--cache-dir", tmp.resolve("cache").toString()};
        Result first = gloss(large, build);
        assertEquals(0, first.code(), first.output());
        assertTrue(first.output().contains("large job"), first.output());

        Result again = gloss(large, build);
        assertEquals(0, again.code(), again.output());
        assertTrue(again.output().contains("small job") && again.output().contains("nothing newer"), again.output());

        Path site = content.resolve("site.yml");
        Files.setLastModifiedTime(site, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(tmp.resolve("site/.gloss-site")).toMillis() + 5000));
        Result touched = gloss(large, build);
        assertTrue(touched.output().contains("large job"), touched.output());
        List<String> uncached = new ArrayList<>(List.of(build));
        uncached.add("--no-cache");
        Result noCache = gloss(large, uncached.toArray(String[]::new));
        assertTrue(noCache.output().contains("large job"), noCache.output());
    }

    /** What the user asks for wins, including another collector (the JVM would refuse two). */
    @Test
    void explicitJavaOptionsWin() throws Exception {
        Result r = gloss(Map.of("JAVA_OPTS", "-XX:+UseParallelGC", "GLOSS_JAVA_OPTS",
                "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"), "--version");
        assertEquals(0, r.code(), r.output());
        assertEquals("true", flag(r, "UseParallelGC"));
        assertEquals("false", flag(r, "UseSerialGC"));
        assertEquals("4", flag(r, "TieredStopAtLevel"));
    }

    /** The value of a JVM flag as {@code -XX:+PrintFlagsFinal} printed it. */
    private static String flag(Result r, String name) {
        return r.output().lines().map(String::strip).filter(l -> l.matches("\\S+\\s+" + name + "\\s+=.*"))
                .map(l -> l.replaceFirst(".*=\\s*", "").split("\\s+")[0]).findFirst().orElse("(not printed)");
    }

    private record Result(int code, String output) {
    }

    private Result gloss(String... args) throws Exception {
        return gloss(Map.of(), args);
    }

    private Result gloss(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("GLOSS_JAR", jar.toString());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("GLOSS_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher hung");
        return new Result(p.exitValue(), output);
    }
}
