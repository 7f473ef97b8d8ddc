package org.gloss.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gloss-bench extraction}: converts a benchmark's saved pages and scores them against its answers. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Convert a folder of saved pages as `convert` does and score the result against the pages' answers:",
                "body F1 over 4-word shingles (the article-extraction-benchmark's metric), title, byline, site name and",
                "date where the answers give them, and the convert time per page (one warmed JVM).",
                "DIR is a news set (truth.json beside ID.html or ID.html.gz) or a Readability set",
                "(NAME/source.html, expected.html, expected-metadata.json)."})
final class ExtractionBenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The benchmark folder.")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench-extraction",
            description = "Work folder for decompressed pages (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "List the N lowest-scoring pages (default: ${DEFAULT-VALUE}).")
    int worst;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("gloss-bench: error: " + dir + ": not a folder");
            return 2;
        }
        int code = ExtractionBench.run(dir, out, worst, stdout);
        stdout.flush();
        return code;
    }
}
