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
                          List<String> jvmOptions, boolean hugo, int edits, int rebuilds, Path launcher) {
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
                             long editMedianNanos, long editMaxNanos, Rebuilds rebuilds, String jvm) {
        /** Gloss wall time over Hugo's; NaN when Hugo was not run. */
        public double ratio() {
            return hugoWallNanos <= 0 ? Double.NaN : (double) glossWallNanos / hugoWallNanos;
        }
    }

    /**
     * Builds in a fresh JVM with the build cache warm (median wall times, -1 when not measured):
     * nothing changed, and one article edited before each; with what the median one-edit run saw inside.
     */
    public record Rebuilds(long unchangedNanos, long oneEditNanos, BuildMeasurement oneEditInside) {
        static final Rebuilds NONE = new Rebuilds(-1, -1, null);
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
        Path cache = options.workDir().resolve("samples-cache");
        List<String> jvm = jvmOptions(options.samples());
        List<Long> walls = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            // A first build: no cache yet (it is written, and that counts).
            FileTrees.delete(cache);
            walls.add(timer.time(javaCommand(jvm, org.gloss.cli.Main.class, "build", "--content",
                    options.samples().toString(), "--out", out.toString(), "--cache-dir", cache.toString()),
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
        List<String> jvm = jvmOptions(content);
        log.println("Gloss JVM options: " + String.join(" ", jvm));
        Path cache = dir.resolve(".gloss-cache");
        Path site = dir.resolve("gloss-site");
        List<ProcessTimer.Timed> gloss = new ArrayList<>();
        List<Long> hugo = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            // Cold: no build cache, as a first build finds it; writing the cache is part of the time.
            FileTrees.delete(cache);
            gloss.add(timer.time(measureCommand(jvm, content, site, cache), BuildMeasurement.PREFIX));
            if (hugoDir != null) {
                hugo.add(timer.time(List.of("hugo", "--quiet", "-s", hugoDir.toString(),
                        "-d", dir.resolve("hugo-site").toString()), null).wallNanos());
            }
        }
        gloss.sort((a, b) -> Long.compare(a.wallNanos(), b.wallNanos()));
        ProcessTimer.Timed median = gloss.get(gloss.size() / 2);
        long hugoMedian = hugo.isEmpty() ? -1 : hugo.stream().sorted().toList().get(hugo.size() / 2);
        Rebuilds rebuilds = options.rebuilds() > 0 ? rebuilds(jvm, content, site, cache) : Rebuilds.NONE;
        long[] edit = {-1, -1};
        if (options.edits() > 0) {
            // With serve's JVM options, which are none of the build's (see bin/gloss).
            edit = EditLatency.parse(timer.time(javaCommand(List.of(), Main.class, "bench", "--measure-edits",
                    String.valueOf(options.edits()), "--measure", content.toString(),
                    "--out", dir.resolve("preview-site").toString()), EditLatency.PREFIX).marker());
        }
        SizeResult result = new SizeResult(n, median.wallNanos(), hugoMedian, BuildMeasurement.parse(median.marker()),
                edit[0], edit[1], rebuilds, String.join(" ", jvm));
        log.println(BenchReport.line(result));
        return result;
    }

    /**
     * Rebuilds in fresh JVMs with the cache the cold runs left: first with nothing changed, then
     * each after appending a paragraph to one article (a different one each time, from the start
     * of the corpus), as a writer fixing one story does.
     */
    private Rebuilds rebuilds(List<String> jvm, Path content, Path site, Path cache) {
        List<Long> unchanged = new ArrayList<>();
        for (int r = 0; r < options.rebuilds(); r++) {
            // With the options the launcher picks for this folder now, as `bin/gloss build` would.
            unchanged.add(timer.time(measureCommand(rebuildOptions(jvm, content, site), content, site, cache),
                    BuildMeasurement.PREFIX).wallNanos());
        }
        List<ProcessTimer.Timed> edited = new ArrayList<>();
        List<Path> articles;
        try (java.util.stream.Stream<Path> files = Files.list(content.resolve("articles"))) {
            articles = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int r = 0; r < options.rebuilds(); r++) {
            Path article = articles.get(r % articles.size());
            try {
                Files.writeString(article, Files.readString(article)
                        + "\nA paragraph added for rebuild " + r + ", as a correction would be.\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            edited.add(timer.time(measureCommand(rebuildOptions(jvm, content, site), content, site, cache),
                    BuildMeasurement.PREFIX));
        }
        edited.sort((a, b) -> Long.compare(a.wallNanos(), b.wallNanos()));
        ProcessTimer.Timed median = edited.get(edited.size() / 2);
        return new Rebuilds(unchanged.stream().sorted().toList().get(unchanged.size() / 2), median.wallNanos(),
                BuildMeasurement.parse(median.marker()));
    }

    /** The launcher's options for a rebuild into {@code site} (with the --jvm-opts), else the cold runs' ones. */
    private List<String> rebuildOptions(List<String> cold, Path content, Path site) {
        List<String> jvm = options.launcher() == null ? cold : jvmOptions(content, site);
        log.println("rebuild JVM options: " + String.join(" ", jvm));
        return jvm;
    }

    private List<String> measureCommand(List<String> jvm, Path content, Path site, Path cache) {
        return javaCommand(jvm, Main.class, "bench", "--measure", content.toString(), "--out", site.toString(),
                "--measure-cache", cache.toString());
    }

    /**
     * The JVM options for building {@code content}: what the launcher picks for it (when one is
     * named; it says with {@code GLOSS_LAUNCHER_DEBUG}), then the {@code --jvm-opt}s.
     */
    private List<String> jvmOptions(Path content) {
        return jvmOptions(content, null);
    }

    /**
     * {@link #jvmOptions(Path)} for a build into {@code site} (null: none named), as the launcher
     * picks them for that folder: a build that looks as if it has nothing to do is a small job.
     */
    private List<String> jvmOptions(Path content, Path site) {
        List<String> opts = new ArrayList<>();
        if (options.launcher() != null) {
            try {
                List<String> command = new ArrayList<>(List.of("sh", options.launcher().toString(), "build", "--content",
                        content.toString()));
                if (site != null) {
                    command.addAll(List.of("--out", site.toString()));
                }
                command.add("--version");
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
                pb.environment().put("GLOSS_LAUNCHER_DEBUG", "1");
                pb.environment().remove("JAVA_OPTS");
                pb.environment().remove("GLOSS_JAVA_OPTS");
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                String line = out.lines().filter(l -> l.startsWith("gloss launcher:")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the launcher did not say its options: " + out));
                for (String o : line.substring(line.indexOf("): ") + 3).trim().split("\\s+")) {
                    if (!o.isEmpty()) {
                        opts.add(o);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        opts.addAll(options.jvmOptions());
        return opts;
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
