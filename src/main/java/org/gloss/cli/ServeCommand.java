package org.gloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gloss.BuildException;
import org.gloss.Gloss;
import org.gloss.SiteBuilder;
import org.gloss.publish.OutputFile;
import org.gloss.publish.PreviewServer;
import org.gloss.publish.SiteSync;
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
        SiteBuilder builder = new SiteBuilder(site.content, templates);
        SiteSync sync = new SiteSync(out);
        Gloss.Site first;
        try {
            first = builder.build(ConsoleProgress.forTerminal(stdout));
            sync.writeAll(first.files());
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            err.println("Build failed; fix the problem and run serve again.");
            return 1;
        }
        first.problems().forEach(err::println);
        List<Path> watched = new ArrayList<>(List.of(site.content));
        if (templates != null) {
            watched.add(templates);
        }
        try (PreviewServer server = PreviewServer.start(port); SiteWatcher watcher = new SiteWatcher(watched)) {
            server.publish(first.files());
            stdout.printf("Built %d articles; serving http://127.0.0.1:%d/ (Ctrl-C to stop)%n",
                    first.ingested().articles().size(), server.port());
            stdout.flush();
            while (true) {
                rebuild(watcher.next(), builder, sync, server, stdout, err);
            }
        }
    }

    private static void rebuild(Set<Path> changed, SiteBuilder builder, SiteSync sync, PreviewServer server,
                                PrintWriter stdout, PrintWriter err) {
        long start = System.nanoTime();
        changed.forEach(builder::changed);
        try {
            // Tabs reload as soon as their page is made again: an edited article's page before
            // the index and quotations page, and those before the files no page loads.
            Gloss.Site built = builder.build(org.gloss.BuildProgress.SILENT, new SiteBuilder.Preview() {
                @Override
                public void articlePagesMade(List<OutputFile> soFar) {
                    server.publishPages(soFar, false);
                }

                @Override
                public void pagesMade(List<OutputFile> soFar) {
                    server.publishPages(soFar, true);
                }
            });
            server.publish(built.files());
            int written = sync.update(built.files());
            built.problems().forEach(err::println);
            stdout.printf(Locale.ROOT, "Rebuilt after %d change(s) in %.0f ms (%d files updated)%n", changed.size(),
                    (System.nanoTime() - start) / 1e6, written);
        } catch (BuildException e) {
            // Keep serving the last good site; the next save gets another try.
            e.problems().forEach(err::println);
            err.println("Rebuild failed; still serving the previous version.");
        }
        stdout.flush();
        err.flush();
    }
}
