package org.gloss.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gloss.PreviewSession;
import org.gloss.core.BuildException;
import org.gloss.core.MessageText;
import org.gloss.core.Problem;
import org.gloss.publish.PreviewServer;
import org.gloss.publish.SiteWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gloss serve}: builds, serves the site on 127.0.0.1 (or {@code --bind ADDR}), and on every
 * change to the content or templates rebuilds what the change affects and reloads open tabs.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build, serve the site on 127.0.0.1, and rebuild and reload on every change.",
                "Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    /** The most time spent rehearsing edits after the first build. */
    private static final Duration WARM_UP = Duration.ofSeconds(4);

    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "8080",
            description = "Port to serve on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = {"IP address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
                "Any other address (0.0.0.0: every one) lets other machines read the site."})
    String bind;

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
        InetAddress address = ipAddress(bind);
        if (address == null) {
            err.println("gloss: error: --bind takes an IP address of this machine (127.0.0.1, 0.0.0.0, ::, 192.168.1.5…), "
                    + "not '" + MessageText.excerpt(bind) + "'");
            return 2;
        }
        Path templates = site.templates();
        List<Path> watched = new ArrayList<>(List.of(site.content));
        if (templates != null) {
            watched.add(templates);
        }
        if (!address.isLoopbackAddress()) {
            err.println("gloss serve: warning: listening on " + address.getHostAddress()
                    + ": other machines that can reach this one can read the site");
            err.flush();
        }
        PreviewSession session;
        try {
            site.outputGuard().check(out);
            session = PreviewSession.start(site.content, templates, out, address, port,
                    ConsoleProgress.forTerminal(stdout));
        } catch (PreviewServer.PortInUseException e) {
            err.println("gloss serve: port " + e.port() + " is in use; try --port 0 for any free port, or --port N");
            return 1;
        } catch (UncheckedIOException e) {
            err.println("gloss serve: " + e.getMessage());
            return 1;
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            err.println("Build failed; fix the problem and run serve again.");
            return 1;
        }
        RebuildReport report = new RebuildReport(site.content, templates);
        report.newProblems(session.first().problems()).forEach(err::println);
        try (session; SiteWatcher watcher = new SiteWatcher(watched)) {
            String url = "http://" + PreviewServer.hostPort(shownAddress(address), session.port()) + "/";
            stdout.printf("Built %d articles; serving %s%s (Ctrl-C to stop)%n",
                    session.first().ingested().articles().size(), url,
                    port == 0 ? " on a free port" : "");
            stdout.flush();
            err.flush();
            // While the writer opens the page: a save arriving meanwhile ends it early.
            session.warmUp(WARM_UP, watcher::changesWaiting);
            while (true) {
                rebuild(watcher.next(), session, report, stdout, err);
            }
        }
    }

    /**
     * {@code text} as an IP address, or null when it is not an IP literal: a name would be looked
     * up in DNS, and the preview answers no name but {@code localhost} (DNS rebinding).
     */
    static InetAddress ipAddress(String text) {
        boolean v4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = text.contains(":") && text.matches("[0-9A-Fa-f:.]{2,45}");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(text); // a literal: no DNS lookup
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The address to print: a browser cannot open the wildcard address, so the loopback one. */
    private static InetAddress shownAddress(InetAddress bound) {
        return bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
    }

    private static void rebuild(Set<Path> changed, PreviewSession session, RebuildReport report, PrintWriter stdout,
            PrintWriter err) {
        try {
            PreviewSession.Rebuilt r = session.rebuild(changed);
            report.newProblems(r.site().problems()).forEach(err::println);
            err.flush();
            stdout.printf(Locale.ROOT, "Rebuilt after %s in %.0f ms (%d files updated)%n", report.changes(changed),
                    r.took().toNanos() / 1e6, r.written());
        } catch (BuildException e) {
            // Keep serving the last good site; the next save gets another try.
            e.problems().forEach(err::println);
            err.println("Rebuild after " + report.changes(changed) + " failed; still serving the previous version.");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug meeting an input nobody foresaw must not end the session either.
            err.println(Problem.error(null, "internal error while rebuilding (" + e + "), please report it"));
            err.println("Rebuild failed; still serving the previous version.");
        }
        stdout.flush();
        err.flush();
    }
}
