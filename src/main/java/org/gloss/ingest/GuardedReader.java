package org.gloss.ingest;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs article readers so that no single file can stop a build: a reader that throws anything
 * but {@link ArticleFormatException} (a bug meeting an input nobody foresaw), overflows its stack
 * on deeply nested markup, or runs past a time limit becomes an {@link ArticleFormatException}
 * for that file, and the build goes on with the next one.
 */
public final class GuardedReader implements AutoCloseable {

    /** Deeply nested HTML or Markdown recurses deeply in parsers; give them room before giving up. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final Duration timeout;
    private final ExecutorService pool;

    public GuardedReader(Duration timeout) {
        this.timeout = timeout;
        this.pool = Executors.newCachedThreadPool(daemonThreads());
    }

    /** {@code reader.read(text, name)}, with every failure but a format error turned into one. */
    public ConvertedArticle read(ArticleReader reader, String text, String name) throws ArticleFormatException {
        Future<ConvertedArticle> job = pool.submit(() -> reader.read(text, name));
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The thread cannot be stopped if the reader ignores interrupts; it is a daemon and dies with the JVM.
            job.cancel(true);
            throw new ArticleFormatException("reading took longer than " + seconds(timeout)
                    + " s; gave up (internal error while reading this file, please report it)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ArticleFormatException afe) {
                throw afe;
            }
            throw new ArticleFormatException("internal error while reading this file ("
                    + describe(cause) + "), please report it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleFormatException("interrupted while reading");
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        String first = message == null ? "" : ": " + message.lines().findFirst().orElse("");
        if (first.length() > 200) {
            first = first.substring(0, 200) + "…";
        }
        return t.getClass().getSimpleName() + first;
    }

    private static ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(null, r, "gloss-reader", STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
