package org.gloss.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gloss.core.BuildProgress;

/**
 * A progress bar with an ETA for builds run at an interactive terminal, redrawn in place at most
 * ten times a second. Off a terminal (CI, pipes) the build stays silent: use {@link #forTerminal}.
 */
final class ConsoleProgress implements BuildProgress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastDraw = new AtomicLong();
    private volatile String stage = "";
    private volatile int total;
    private volatile long started;

    private ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    /** A bar on {@code out} when a person is watching the terminal, otherwise silence. */
    static BuildProgress forTerminal(PrintWriter out) {
        return System.console() != null ? new ConsoleProgress(out) : BuildProgress.SILENT;
    }

    @Override
    public void start(String name, int steps) {
        stage = name;
        total = steps;
        done.set(0);
        started = System.nanoTime();
        lastDraw.set(started);
    }

    @Override
    public void step() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        long last = lastDraw.get();
        if (now - last >= REDRAW_NANOS && lastDraw.compareAndSet(last, now)) {
            draw(n, now);
        }
    }

    @Override
    public void done(String name) {
        if (System.nanoTime() - started >= REDRAW_NANOS) {
            // Only phases long enough to have drawn a bar leave a line behind.
            out.printf(Locale.ROOT, "\r\033[K%s: %d in %.1f s%n", name, done.get(), (System.nanoTime() - started) / 1e9);
            out.flush();
        }
    }

    private synchronized void draw(int n, long now) {
        double elapsed = (now - started) / 1e9;
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, (long) WIDTH * n / total);
            double eta = n == 0 ? 0 : elapsed * (total - n) / n;
            line = String.format(Locale.ROOT, "%-8s [%s%s] %d/%d  ETA %.0f s", stage, "#".repeat(filled),
                    "-".repeat(WIDTH - filled), n, total, eta);
        } else {
            line = String.format(Locale.ROOT, "%-8s %d  %.0f s", stage, n, elapsed);
        }
        out.print("\r\033[K" + line);
        out.flush();
    }
}
