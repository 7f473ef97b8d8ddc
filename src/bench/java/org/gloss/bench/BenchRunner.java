package org.gloss.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gloss.Gloss;
import org.gloss.publish.FileTrees;

/**
 * Runs the benchmark: for each corpus size, generates the corpus, then builds it alternately
 * with Gloss (a fresh JVM each time, so start-up counts) and with Hugo, and reports medians.
 * Also times a plain {@code gloss build} of a given content folder (the five samples).
 */
public final class BenchRunner {

    /** What to measure. {@code jvmOptions} go to every Gloss JVM (e.g. a class-data archive). */
    public record Options(List<Integer> sizes, long seed, Path workDir, int runs, Path samples,
                          List<String> jvmOptions, boolean hugo, int edits) {
        public Options {
            sizes = List.copyOf(sizes);
            jvmOptions = List.copyOf(jvmOptions);
        }
    }

    /**
     * One corpus size measured: median wall times, what the median Gloss run saw inside, and the
     * median and worst time to rebuild after editing one article (-1 when not measured).
     */
    public record SizeResult(int articles, long glossWallNanos, long hugoWallNanos, BuildMeasurement inside,
                             long editMedianNanos, long editMaxNanos) {
        /** Gloss wall time over Hugo's; NaN when Hugo was not run. */
        public double ratio() {
            return hugoWallNanos <= 0 ? Double.NaN : (double) glossWallNanos / hugoWallNanos;
        }
    }

    /** Every figure of a run. {@code samplesWallNanos} is -1 when no samples folder was timed. */
    public record Report(List<SizeResult> sizes, long samplesWallNanos, String hugoVersion) {
        public Report {
            sizes = List.copyOf(sizes);
        }
    }

    private final Options options;
    private final ProcessTimer timer;
    private final PrintWriter log;

    public BenchRunner(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
        this.timer = new ProcessTimer(log);
    }

    public Report run() {
        String hugoVersion = options.hugo() ? timer.version("hugo", "version") : null;
        if (options.hugo() && hugoVersion == null) {
            throw new IllegalStateException("hugo is not on the PATH; install it (apt-get install hugo) or pass --no-hugo");
        }
        long samples = -1;
        if (options.samples() != null) {
            samples = medianSamples();
        }
        List<SizeResult> results = new ArrayList<>();
        for (int n : options.sizes()) {
            results.add(measureSize(n));
        }
        return new Report(results, samples, hugoVersion);
    }

    private long medianSamples() {
        Path out = options.workDir().resolve("samples-site");
        List<Long> walls = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            walls.add(timer.time(glossCommand("build", "--content", options.samples().toString(), "--out", out.toString()),
                    null).wallNanos());
        }
        log.printf(Locale.ROOT, "samples (%s): median %.0f ms%n", options.samples(), walls.stream().sorted().toList()
                .get(walls.size() / 2) / 1e6);
        return walls.stream().sorted().toList().get(walls.size() / 2);
    }

    private SizeResult measureSize(int n) {
        Path dir = options.workDir().resolve("n" + n);
        log.printf("generating %d articles (seed %d) in %s%n", n, options.seed(), dir);
        FileTrees.delete(dir);
        Path content = new CorpusGenerator(options.seed(), n).write(dir, n);
        Path hugoDir = options.hugo() ? HugoSite.write(dir.resolve("hugo"), content.resolve("articles")) : null;
        List<ProcessTimer.Timed> gloss = new ArrayList<>();
        List<Long> hugo = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            gloss.add(timer.time(benchCommand("bench", "--measure", content.toString(),
                    "--out", dir.resolve("gloss-site").toString()), BuildMeasurement.PREFIX));
            if (hugoDir != null) {
                hugo.add(timer.time(List.of("hugo", "--quiet", "-s", hugoDir.toString(),
                        "-d", dir.resolve("hugo-site").toString()), null).wallNanos());
            }
        }
        gloss.sort((a, b) -> Long.compare(a.wallNanos(), b.wallNanos()));
        ProcessTimer.Timed median = gloss.get(gloss.size() / 2);
        long hugoMedian = hugo.isEmpty() ? -1 : hugo.stream().sorted().toList().get(hugo.size() / 2);
        long[] edit = {-1, -1};
        if (options.edits() > 0) {
            // With serve's JVM options, which are none of the build's (see bin/gloss).
            edit = EditLatency.parse(timer.time(javaCommand(List.of(), Main.class, "bench", "--measure-edits",
                    String.valueOf(options.edits()), "--measure", content.toString(),
                    "--out", dir.resolve("preview-site").toString()), EditLatency.PREFIX).marker());
        }
        SizeResult result = new SizeResult(n, median.wallNanos(), hugoMedian, BuildMeasurement.parse(median.marker()),
                edit[0], edit[1]);
        log.println(BenchReport.line(result));
        return result;
    }

    /** A production {@code gloss} command, as a user runs it. */
    private List<String> glossCommand(String... args) {
        return javaCommand(options.jvmOptions(), org.gloss.cli.Main.class, args);
    }

    /** A {@code gloss-bench} command, for a build measured from inside as well. */
    private List<String> benchCommand(String... args) {
        return javaCommand(options.jvmOptions(), Main.class, args);
    }

    private static List<String> javaCommand(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * This JVM's class path with the production classes first (target/gloss.jar, which the bench
     * jar reaches through its manifest, so it is not in java.class.path under {@code -jar}). First,
     * because a class-data archive that {@code bin/gloss} recorded for the production jar is used
     * only when its class path begins the run's; the bench's own classes come after it.
     */
    static String classPath() {
        Path production = location(Gloss.class);
        List<String> entries = new ArrayList<>(List.of(production.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !Path.of(entry).toAbsolutePath().normalize().equals(production)) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from", e);
        }
    }

    /** Writes the report as Markdown into the work folder and returns its path. */
    public Path writeReport(Report report) {
        Path file = options.workDir().resolve("results.md");
        try {
            Files.writeString(file, BenchReport.markdown(report, options), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
