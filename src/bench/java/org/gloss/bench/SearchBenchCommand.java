package org.gloss.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gloss.Gloss;
import org.gloss.core.BuildException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gloss-bench search}: builds a synthetic site and times its offline search in headless Chromium. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic site (or take a built one) and time its offline search in headless",
                "Chromium from file://: per query, the time to results and the bytes of index it loaded."})
final class SearchBenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Articles in the generated site (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--site", paramLabel = "DIR", description = "Time this built site instead of generating one.")
    Path site;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the corpus and the queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--queries", defaultValue = "20", description = "Queries to time (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench-search",
            description = "Work folder for the corpus, site and search.md (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--chromium", defaultValue = "/usr/bin/chromium", description = "Chromium (default: ${DEFAULT-VALUE}).")
    String chromium;

    @Option(names = "--chromedriver", defaultValue = "/usr/bin/chromedriver",
            description = "chromedriver (default: ${DEFAULT-VALUE}).")
    String chromedriver;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1 || queries < 1) {
            err.println("gloss-bench: error: --articles and --queries must be at least 1");
            return 2;
        }
        try {
            Path built = site;
            String title;
            if (built == null) {
                Path content = new CorpusGenerator(seed, articles).write(out, articles);
                built = out.resolve("site");
                long start = System.nanoTime();
                new Gloss(content, null).build(built);
                stdout.printf("Built %d articles in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
                title = articles + " generated articles";
            } else {
                title = built.toString();
            }
            List<String> qs = SearchBench.queries(built, queries, seed);
            String md = SearchBench.report(title, SearchBench.run(built, qs, chromium, chromedriver));
            Files.createDirectories(out);
            Files.writeString(out.resolve("search.md"), md);
            stdout.print(md);
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
