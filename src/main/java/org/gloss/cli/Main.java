package org.gloss.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gloss} command line: {@code build}, {@code convert} and friends. */
@Command(name = "gloss",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds an annotated reading site from a folder of news articles.",
        subcommands = {BuildCommand.class, ConvertCommand.class, CheckCommand.class, ArchiveCommand.class,
                PacketCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 build failed, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'gloss build'");
    }
}
