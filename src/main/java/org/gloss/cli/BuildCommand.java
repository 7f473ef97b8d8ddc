package org.gloss.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gloss.Gloss;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
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

    @Option(names = "--strict", description = {"Fail (exit 1), leaving the output folder as it was, on any warning:",
            "an article skipped, an acronym with no glossary entry, a glossary field Gloss does not know.",
            "Notes (a file read as Windows-1252, one ignored on purpose) never fail it."})
    boolean strict;

    @Option(names = "--allow-empty", description = {"Publish a site even when no article was built.",
            "Without it, a build of no articles fails (exit 1) and leaves the output folder as it was."})
    boolean allowEmpty;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = {"The build cache: what each article's reading and",
            "analysis gave, reused by the next build for unchanged input (default: .gloss-cache beside the content folder)."})
    Path cacheDir;

    @Option(names = "--no-cache", description = "Build without the build cache: read and analyse every article.")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (!Files.isDirectory(site.content)) {
            // A typo in --content must not publish an empty reader (a CI deploy would go green).
            err.println("gloss: error: no content folder at " + site.content + " (--content DIR names it)");
            return 2;
        }
        try {
            site.outputGuard().check(out);
            Path cache = noCache ? null : cacheDir != null ? cacheDir : Gloss.defaultCacheDir(site.content);
            if (cache != null) {
                checkCache(cache);
            }
            Gloss.BuildResult result = new Gloss(site.content, site.templates()).withCache(cache)
                    .build(out, ConsoleProgress.forTerminal(outWriter), this::publishable);
            result.problems().forEach(err::println);
            if (!result.published()) {
                err.println(result.articles() == 0 && !allowEmpty
                        ? "Build failed: no article was built (--allow-empty publishes an empty site); " + out
                                + " was left as it was."
                        : "Build failed" + (strict ? " (--strict)" : "") + "; " + out + " was left as it was.");
                return 1;
            }
            outWriter.printf("Built %d articles into %s (%d files)%s%n", result.articles(), out, result.pages(),
                    summary(result.problems()));
            return 0;
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            err.println("Build failed; " + out + " was left as it was.");
            return 1;
        } catch (OutOfMemoryError e) {
            // Pages stream to disk, but every article and its annotations stay in memory while the
            // site is made; a very large corpus can outgrow the JVM's heap. Unwinding has freed it,
            // so there is room to say what to do.
            err.println("gloss: error: ran out of memory (Java heap) while building; give Java more, e.g. "
                    + "GLOSS_JAVA_OPTS=-Xmx4g bin/gloss build (or JDK_JAVA_OPTIONS=-Xmx4g java -jar gloss.jar build)");
            err.println("Build failed; " + out + " was left as it was.");
            return 1;
        } catch (RuntimeException e) {
            // A bug, not bad input: say so plainly instead of a stack trace, and keep the old site.
            err.println("gloss: error: internal error: " + e);
            err.println("Build failed; " + out + " was left as it was. Please report this.");
            return 1;
        }
    }

    /**
     * The cache folder is written like an output: never into the inputs or above them, and apart
     * from the output folder, whose swap would delete it (or which it would fill with entries).
     */
    private void checkCache(Path cache) {
        site.outputGuard().check(cache);
        Path c = cache.toAbsolutePath().normalize();
        Path o = out.toAbsolutePath().normalize();
        if (c.startsWith(o) || o.startsWith(c)) {
            throw new BuildException(Problem.error(cache.toString(),
                    "refusing to use this as the build cache: it is, holds or is inside the output folder " + out));
        }
    }

    /** Whether the made site may replace the output: no failing problem, and an article unless --allow-empty. */
    private boolean publishable(Gloss.BuildResult made) {
        return !failed(made.problems()) && (made.articles() > 0 || allowEmpty);
    }

    /** An error always fails; with --strict, so does a skipped input (a warning), but not a note. */
    private boolean failed(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.isError() || (strict && !p.isNote()));
    }

    private static String summary(List<Problem> problems) {
        long skipped = problems.stream().filter(p -> !p.isNote() && !p.isError()).count();
        long notes = problems.stream().filter(Problem::isNote).count();
        if (skipped == 0 && notes == 0) {
            return "";
        }
        return "; " + skipped + " warning" + (skipped == 1 ? "" : "s") + ", " + notes + " note"
                + (notes == 1 ? "" : "s");
    }
}
