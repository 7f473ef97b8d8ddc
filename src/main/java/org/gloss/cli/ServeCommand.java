package org.gloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gloss.PreviewSession;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.publish.SiteWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gloss serve}: builds, serves the site on 127.0.0.1, and on every change to the content
 * or templates rebuilds what the change affects and reloads open tabs.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build, serve the site on 127.0.0.1, and rebuild and reload on every change.",
                "Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    /** The most time spent rehearsing edits after the first build. */
    private static final Duration WARM_UP = Duration.ofSeconds(4);

    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Output folder, kept up to date too (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("gloss: error: --port must be between 0 and 65535");
            return 2;
        }
        Path templates = site.templates();
        List<Path> watched = new ArrayList<>(List.of(site.content));
        if (templates != null) {
            watched.add(templates);
        }
        PreviewSession session;
        try {
            site.outputGuard().check(out);
            session = PreviewSession.start(site.content, templates, out, port, ConsoleProgress.forTerminal(stdout));
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            err.println("Build failed; fix the problem and run serve again.");
            return 1;
        }
        session.first().problems().forEach(err::println);
        try (session; SiteWatcher watcher = new SiteWatcher(watched)) {
            stdout.printf("Built %d articles; serving http://127.0.0.1:%d/ (Ctrl-C to stop)%n",
                    session.first().ingested().articles().size(), session.port());
            stdout.flush();
            // While the writer opens the page: a save arriving meanwhile ends it early.
            session.warmUp(WARM_UP, watcher::changesWaiting);
            while (true) {
                rebuild(watcher.next(), session, stdout, err);
            }
        }
    }

    private static void rebuild(Set<Path> changed, PreviewSession session, PrintWriter stdout, PrintWriter err) {
        try {
            PreviewSession.Rebuilt r = session.rebuild(changed);
            r.site().problems().forEach(err::println);
            stdout.printf(Locale.ROOT, "Rebuilt after %d change(s) in %.0f ms (%d files updated)%n", changed.size(),
                    r.took().toNanos() / 1e6, r.written());
        } catch (BuildException e) {
            // Keep serving the last good site; the next save gets another try.
            e.problems().forEach(err::println);
            err.println("Rebuild failed; still serving the previous version.");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug meeting an input nobody foresaw must not end the session either.
            err.println(Problem.error(null, "internal error while rebuilding (" + e + "), please report it"));
            err.println("Rebuild failed; still serving the previous version.");
        }
        stdout.flush();
        err.flush();
    }
}
