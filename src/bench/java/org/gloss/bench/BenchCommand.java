package org.gloss.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gloss.Gloss;
import org.gloss.core.BuildException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gloss-bench bench}: generates synthetic corpora and times Gloss building them, side by side with Hugo. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate synthetic corpora and time building them, against Hugo on the same Markdown.",
                "Each build runs in a fresh JVM, so start-up is counted as a user would see it."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", split = ",", defaultValue = "1000",
            description = "Corpus sizes, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "1", description = "Seed; the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Work folder for corpora, sites and results.md (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--runs", defaultValue = "3", description = "Runs per size; medians are reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--samples", paramLabel = "DIR", description = "Also time `gloss build` of this content folder.")
    Path samples;

    @Option(names = "--jvm-opt", paramLabel = "OPT", description = "Option for every Gloss JVM, e.g. -XX:SharedArchiveFile=gloss.jsa.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--no-hugo", description = "Do not build with Hugo (no ratio is reported).")
    boolean noHugo;

    @Option(names = "--generate-only", description = "Only write the corpus: DIR/content for the first size.")
    boolean generateOnly;

    @Option(names = "--edits", defaultValue = "5",
            description = "Edits of one article to time as `serve` rebuilds them, per size; 0 skips (default: ${DEFAULT-VALUE}).")
    int edits;

    @Option(names = "--rebuilds", defaultValue = "3", description = {"Rebuilds to time per size with the build",
            "cache warm: this many with nothing changed, and this many after editing one article; 0 skips",
            "(default: ${DEFAULT-VALUE})."})
    int rebuilds;

    @Option(names = "--launcher", paramLabel = "FILE", description = {"Ask this launcher (bin/gloss) which JVM",
            "options it picks for each corpus size, and give them to every Gloss JVM (before --jvm-opt)."})
    Path launcher;

    @Option(names = "--measure-cache", paramLabel = "DIR", hidden = true,
            description = "Internal: with --measure, build with the build cache in DIR.")
    Path measureCache;

    @Option(names = "--measure-edits", hidden = true, description = "Internal: with --measure, time this many edits.")
    int measureEdits;

    @Option(names = "--measure", paramLabel = "CONTENT", hidden = true,
            description = "Internal: build CONTENT into --out and print the measurement line.")
    Path measure;

    @Option(names = "--measure-memory", paramLabel = "FILE", hidden = true,
            description = {"Internal: with --measure, sample the live set at the link (a class histogram every",
                    "second: slow) and write the largest histogram to FILE."})
    Path measureMemory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sizes.stream().anyMatch(n -> n < 1) || runs < 1 || edits < 0 || rebuilds < 0) {
            err.println("gloss-bench: error: --articles and --runs must be at least 1");
            return 2;
        }
        try {
            if (measure != null && measureEdits > 0) {
                stdout.println(EditLatency.toLine(EditLatency.measure(measure, out, measureEdits)));
                return 0;
            }
            if (measure != null && measureMemory != null) {
                LinkMemory memory = new LinkMemory(1000);
                Gloss.BuildResult result = new Gloss(measure, null).withCache(measureCache).build(out, memory);
                memory.writeHistogram(measureMemory);
                stdout.println(memory.toLine(result.articles()));
                stdout.println(BuildMeasurement.ofThisJvm(result.articles(), result.timings()).toLine());
                return 0;
            }
            if (measure != null) {
                Gloss.BuildResult result = new Gloss(measure, null).withCache(measureCache).build(out);
                stdout.println(BuildMeasurement.ofThisJvm(result.articles(), result.timings()).toLine());
                return 0;
            }
            if (generateOnly) {
                Path content = new CorpusGenerator(seed, sizes.get(0)).write(out, sizes.get(0));
                stdout.println("Wrote " + sizes.get(0) + " articles into " + content);
                return 0;
            }
            BenchRunner runner = new BenchRunner(
                    new BenchRunner.Options(sizes, seed, out, runs, samples, jvmOptions, !noHugo, edits, rebuilds,
                            launcher), stdout);
            Path report = runner.writeReport(runner.run());
            stdout.println("Report: " + report);
            return 0;
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (IllegalStateException | IOException e) {
            err.println("gloss-bench: error: " + e.getMessage());
            return 1;
        } finally {
            stdout.flush();
        }
    }
}
