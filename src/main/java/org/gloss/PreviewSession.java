package org.gloss;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.gloss.core.BuildException;
import org.gloss.core.BuildProgress;
import org.gloss.core.OutputFile;
import org.gloss.publish.PreviewServer;
import org.gloss.publish.SiteSync;

/**
 * A live preview: an incremental {@link SiteBuilder}, the {@link PreviewServer} showing its site
 * and the output folder kept up to date. Each rebuild is published in steps, so that a tab on the
 * edited article reloads as soon as the article pages are made: the article pages, then every
 * page, then the files no page loads; the output folder is written last. The rest waits while tabs
 * reload after the first step (at most {@value #RELOAD_GRACE_MILLIS} ms). What {@code gloss serve}
 * runs between file-change events; one rebuild at a time.
 */
public final class PreviewSession implements AutoCloseable {

    /** The longest the rest of a rebuild waits for reloading tabs (a slow or hung browser). */
    private static final long RELOAD_GRACE_MILLIS = 400;

    /** Rehearsed edits before the first save: enough for the JIT to have compiled what a save runs. */
    private static final int REHEARSALS = 12;
    /** Appended to the rehearsed article: a paragraph, then a quotation that joins the link's indexes. */
    private static final List<String> REHEARSED = List.of("\n\nA paragraph rehearsed in memory.\n",
            "\n\n\"These are words of a quotation rehearsed in memory, never saved,\" the preview said.\n");

    private final Path content;
    private final SiteBuilder builder;
    private final PreviewServer server;
    private final SiteSync sync;
    private final Gloss.Site first;

    private PreviewSession(Path content, SiteBuilder builder, PreviewServer server, SiteSync sync, Gloss.Site first) {
        this.content = content;
        this.builder = builder;
        this.server = server;
        this.sync = sync;
        this.first = first;
    }

    /** One rebuild: the site, how many output files it wrote, and how long it took in all. */
    public record Rebuilt(Gloss.Site site, int written, Duration took) {
    }

    /**
     * Builds the site in {@code content} (themed by {@code templates}, or the built-in theme when
     * null) into {@code out}, and serves it on 127.0.0.1:{@code port} (0 picks a free port).
     *
     * @throws BuildException when the first build fails; nothing is served then
     */
    public static PreviewSession start(Path content, Path templates, Path out, int port, BuildProgress progress) {
        return start(content, templates, out, InetAddress.getLoopbackAddress(), port, progress);
    }

    /**
     * As {@link #start(Path, Path, Path, int, BuildProgress)}, serving on {@code address}. The port
     * is taken before the first build, so that a port in use is reported at once, not after it.
     *
     * @throws PreviewServer.PortInUseException when another program listens on the port
     * @throws BuildException when the first build fails; nothing is served then
     */
    public static PreviewSession start(Path content, Path templates, Path out, InetAddress address, int port,
            BuildProgress progress) {
        PreviewServer server = PreviewServer.start(address, port);
        try {
            SiteBuilder builder = new SiteBuilder(content, templates);
            SiteSync sync = new SiteSync(out);
            Gloss.Site first = builder.build(progress);
            sync.writeAll(first.files());
            server.publish(first.files());
            return new PreviewSession(content, builder, server, sync, first);
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** What the first build made. */
    public Gloss.Site first() {
        return first;
    }

    /** The port the preview is served on. */
    public int port() {
        return server.port();
    }

    /**
     * Rehearses edits of the first article in memory (nothing is written or served) until
     * {@code budget} is spent or {@code stop} says a real change is waiting, then builds the real
     * site once more, so that the next rebuild starts from it. A JVM compiles what it runs often: a
     * session's first saves took 0.4–0.7 s to show and later ones 0.2 s, because what a save runs
     * beyond the first build (the incremental link, page keys, partial files) had run too rarely.
     */
    public void warmUp(Duration budget, BooleanSupplier stop) {
        if (first.ingested().articles().isEmpty()) {
            return;
        }
        Path article = content.resolve(first.ingested().articles().get(0).source());
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            for (int i = 0; i < REHEARSALS && System.nanoTime() < deadline && !stop.getAsBoolean(); i++) {
                String added = REHEARSED.get(i % REHEARSED.size());
                builder.rehearse(article, body -> body + added);
            }
            builder.build(BuildProgress.SILENT);
        } catch (BuildException e) {
            // The content changed under the rehearsal; the rebuild for that change reports it.
        }
    }

    /**
     * Rebuilds after {@code changed} files changed, publishing each step as it is made.
     *
     * @throws BuildException when the rebuild fails; the previous site is still served
     */
    public Rebuilt rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        changed.forEach(builder::changed);
        Gloss.Site built;
        try {
            built = buildInSteps();
        } catch (BuildException e) {
            // The terminal says so too, but the writer is looking at the browser, which would
            // otherwise show the last good version as if the save had worked.
            server.showError(e.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
            throw e;
        }
        server.clearError();
        server.publish(built.files());
        int written = sync.update(built.files());
        return new Rebuilt(built, written, Duration.ofNanos(System.nanoTime() - start));
    }

    private Gloss.Site buildInSteps() {
        return builder.build(BuildProgress.SILENT, new SiteBuilder.Preview() {
            @Override
            public void articlePagesMade(List<OutputFile> soFar) {
                server.clearError(); // what follows reloads tabs: they must not show the old error
                server.publishPages(soFar, false);
                // The edited article is what the writer looks at: its tab reloads first, alone.
                server.awaitReloads(Duration.ofMillis(RELOAD_GRACE_MILLIS));
            }

            @Override
            public void pagesMade(List<OutputFile> soFar) {
                server.publishPages(soFar, true);
            }
        });
    }

    @Override
    public void close() {
        server.close();
    }
}
