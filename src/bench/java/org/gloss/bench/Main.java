package org.gloss.bench;

import org.gloss.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gloss-bench} command line ({@code bin/gloss-bench}, {@code target/gloss-bench.jar}):
 * the benchmarks, kept out of the production jar. It runs against the production classes of
 * {@code target/gloss.jar}, which the bench jar names on its Class-Path.
 */
@Command(name = "gloss-bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Measures Gloss: build time against Hugo, and extraction quality on saved pages.",
        subcommands = {BenchCommand.class, ExtractionBenchCommand.class, LinkBenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failed, 2 usage error). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with both benchmarks: two commands, so no need to register only the one named. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'gloss-bench bench --help'");
    }
}
