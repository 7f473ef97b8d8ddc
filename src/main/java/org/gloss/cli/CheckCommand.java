package org.gloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import org.gloss.Gloss;
import org.gloss.core.BuildException;
import org.gloss.core.BuildProgress;
import org.gloss.core.Problem;
import org.gloss.publish.SiteChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gloss check}: a built site → its broken links, missing fragments and external references;
 * and the content → acronyms the glossary does not explain.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a built site: every internal link and #fragment resolves, and no page "
                + "reaches an external host outside article text and source links.")
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "The built site to check (default: ${DEFAULT-VALUE}).",
            defaultValue = "site")
    Path out;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder whose articles are linted for acronyms the glossary does not "
                    + "explain (default: ${DEFAULT-VALUE}; skipped when it does not exist).")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> lint = lintContent();
        lint.forEach(err::println);
        List<Problem> problems = SiteChecker.check(out);
        if (problems.isEmpty()) {
            spec.commandLine().getOut().printf("%s: no problems found%s%n", out,
                    lint.isEmpty() ? "" : " (" + lint.size() + " glossary warning" + (lint.size() == 1 ? "" : "s") + ")");
            return 0;
        }
        problems.forEach(err::println);
        err.printf("%s: %d problem%s found%n", out, problems.size(), problems.size() == 1 ? "" : "s");
        return 1;
    }

    /**
     * Acronyms used in the articles that have no glossary entry: advice for the glossary's
     * author, so warnings that never fail the check (the build prints the same).
     */
    private List<Problem> lintContent() {
        if (!Files.isDirectory(content.resolve("articles"))) {
            return List.of();
        }
        try {
            // The same first phases as a build: what is linted is exactly what a build would analyse.
            return new Gloss(content, null).analyze(BuildProgress.SILENT).lint();
        } catch (BuildException e) {
            return e.problems();
        }
    }
}
