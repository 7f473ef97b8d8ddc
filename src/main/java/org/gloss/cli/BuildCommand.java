package org.gloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gloss.BuildException;
import org.gloss.Gloss;
import org.gloss.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gloss build}: content folder → static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the content folder into the output folder.")
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "site")
    Path out;

    @Option(names = "--strict", description = "Fail (exit 1) when any article had to be skipped.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        try {
            Gloss.BuildResult result = new Gloss(site.content, site.templates())
                    .build(out, ConsoleProgress.forTerminal(outWriter));
            result.problems().forEach(err::println);
            outWriter.printf("Built %d articles into %s (%d files)%n", result.articles(), out, result.pages());
            boolean failed = result.problems().stream().anyMatch(Problem::isError)
                    || (strict && !result.problems().isEmpty());
            return failed ? 1 : 0;
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            err.println("Build failed; " + out + " was left as it was.");
            return 1;
        }
    }
}
