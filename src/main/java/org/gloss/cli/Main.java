package org.gloss.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gloss} command line: {@code build}, {@code convert} and friends. */
@Command(name = "gloss",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds an annotated reading site from a folder of news articles.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 build failed, 2 usage error). */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The command line for {@code args}. picocli reads every registered command's annotations by
     * reflection before it parses anything — a fifth of a small build's start-up with every command
     * — so when {@code args} name a command, only that one is registered; anything else (no
     * command, {@code --help}, {@code help}, a typo) gets all of them, for the usage message.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Map<String, Supplier<Object>> commands = commands();
        Supplier<Object> named = args.length == 0 || args[0].equals("help") ? null : commands.get(args[0]);
        if (named != null) {
            cli.addSubcommand(args[0], named.get());
        } else {
            commands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        return cli;
    }

    /** Every command, in the order the usage message lists them. */
    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("new", NewCommand::new);
        commands.put("build", BuildCommand::new);
        commands.put("convert", ConvertCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("archive", ArchiveCommand::new);
        commands.put("packet", PacketCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'gloss build'");
    }
}
