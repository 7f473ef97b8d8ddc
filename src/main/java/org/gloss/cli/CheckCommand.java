package org.gloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gloss.Problem;
import org.gloss.publish.SiteChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gloss check}: a built site → its broken links, missing fragments and external references. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a built site: every internal link and #fragment resolves, and no page "
                + "reaches an external host outside article text and source links.")
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "The built site to check (default: ${DEFAULT-VALUE}).",
            defaultValue = "site")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Problem> problems = SiteChecker.check(out);
        if (problems.isEmpty()) {
            spec.commandLine().getOut().printf("%s: no problems found%n", out);
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.printf("%s: %d problem%s found%n", out, problems.size(), problems.size() == 1 ? "" : "s");
        return 1;
    }
}
