package org.gloss.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench lives outside the production jar (issue 17): target/gloss.jar carries no bench class
 * and no bench command, and target/gloss-bench.jar runs the benchmarks against it through
 * {@code bin/gloss-bench}, as the README says.
 */
class BenchJarIT {

    private static final Path GLOSS = Path.of("bin/gloss").toAbsolutePath();
    private static final Path GLOSS_BENCH = Path.of("bin/gloss-bench").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void theProductionJarHoldsNoBench() throws IOException {
        List<String> bench = entries(Path.of("target/gloss.jar")).stream()
                .filter(name -> name.startsWith("org/gloss/bench/") || name.contains("BenchCommand"))
                .toList();
        assertEquals(List.of(), bench);
    }

    @Test
    void theBenchJarHoldsOnlyTheBenchAndNamesTheProductionJar() throws IOException {
        List<String> classes = entries(Path.of("target/gloss-bench.jar")).stream()
                .filter(name -> name.endsWith(".class")).toList();
        assertTrue(classes.contains("org/gloss/bench/Main.class"), classes.toString());
        assertEquals(List.of(), classes.stream().filter(name -> !name.startsWith("org/gloss/bench/")).toList());
        try (JarFile jar = new JarFile("target/gloss-bench.jar")) {
            assertEquals("gloss.jar", jar.getManifest().getMainAttributes().getValue("Class-Path"));
            assertEquals("org.gloss.bench.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void glossHelpListsNoBenchmark() throws Exception {
        Result help = run(GLOSS, Map.of(), "--help");
        assertEquals(0, help.code(), help.output());
        assertTrue(help.output().contains("build"), help.output());
        assertFalse(help.output().contains("bench"), help.output());
        Result bench = run(GLOSS, Map.of(), "bench", "--articles", "5");
        assertEquals(2, bench.code(), bench.output());
        assertTrue(bench.output().contains("Unmatched argument"), bench.output());
    }

    @Test
    void glossBenchHelpListsBothBenchmarks() throws Exception {
        Result help = run(GLOSS_BENCH, Map.of(), "--help");
        assertEquals(0, help.code(), help.output());
        assertTrue(help.output().contains("Usage: gloss-bench"), help.output());
        assertTrue(help.output().contains("  bench "), help.output());
        assertTrue(help.output().contains("  extraction "), help.output());
        Result bench = run(GLOSS_BENCH, Map.of(), "bench", "--help");
        assertEquals(0, bench.code(), bench.output());
        assertTrue(bench.output().contains("Usage: gloss-bench bench"), bench.output());
        Result extraction = run(GLOSS_BENCH, Map.of(), "help", "extraction");
        assertEquals(0, extraction.code(), extraction.output());
        assertTrue(extraction.output().contains("Usage: gloss-bench extraction"), extraction.output());
        assertEquals(2, run(GLOSS_BENCH, Map.of()).code());
    }

    /** End to end from the jars: the corpus, a build timed in a fresh JVM, an edit's rebuild, the report. */
    @Test
    void glossBenchTimesTheProductionJar() throws Exception {
        Path out = tmp.resolve("bench");
        Result bench = run(GLOSS_BENCH, Map.of(), "bench", "--articles", "5", "--runs", "1", "--no-hugo",
                "--edits", "1", "--out", out.toString());
        assertEquals(0, bench.code(), bench.output());
        assertTrue(bench.output().contains("5 articles: gloss"), bench.output());
        assertTrue(Files.readString(out.resolve("results.md")).contains("| 5 |"), Files.readString(out.resolve("results.md")));
        assertTrue(Files.exists(out.resolve("n5/gloss-site/index.html")));
    }

    @Test
    void aMissingBenchJarIsAClearError() throws Exception {
        Result r = run(GLOSS_BENCH, Map.of("GLOSS_BENCH_JAR", tmp.resolve("gloss-bench.jar").toString()), "--help");
        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains("mvn -q -DskipTests package"), r.output());
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    private record Result(int code, String output) {
    }

    private static Result run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("GLOSS_JAR");
        pb.environment().remove("GLOSS_BENCH_JAR");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "launcher hung");
        return new Result(p.exitValue(), output);
    }
}
