package org.gloss.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gloss-bench link}: times the link stage on a generated corpus where one statement is printed very widely. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Analyse ARTICLES short generated articles in memory, PRINTINGS of which print one statement,",
                "and time each feature's link across them (one warmed JVM: no files, no pages).",
                "Exits 1 when the statement's printings are not all in one cluster."})
final class LinkBenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--printings", defaultValue = "5000", description = "Articles printing the one statement (default: ${DEFAULT-VALUE}).")
    int printings;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1 || printings < 0 || printings > articles) {
            err.println("gloss-bench: error: need 1 <= --articles and 0 <= --printings <= --articles");
            return 2;
        }
        return new LinkBench(articles, printings, seed).run(spec.commandLine().getOut());
    }
}
