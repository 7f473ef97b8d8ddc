package org.gloss.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;
import org.gloss.core.BuildProgress;

/**
 * The live set of a build at the link across articles, where a cold build's memory peaks
 * (docs/PERFORMANCE.md, "100,000 articles"): heard through the build's progress, it takes the
 * JVM's class histogram (a full collection, so what it counts is live) once every article is
 * analysed, and then every {@code interval} milliseconds until the analyze phase (per-article
 * analysis, then the link) is over. It keeps the largest, with its histogram. It slows the link
 * down (each histogram is a full collection): for measuring memory, never time.
 */
final class LinkMemory implements BuildProgress {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    private final long interval;
    private final AtomicInteger analysed = new AtomicInteger();
    private volatile int total = -1;
    private volatile boolean linking;
    private Thread sampler;
    private long beforeLink = -1;
    private long peak = -1;
    private String peakHistogram = "";
    private int samples;
    private final StringBuilder log = new StringBuilder();
    private final long started = System.nanoTime();

    LinkMemory(long interval) {
        this.interval = interval;
    }

    @Override
    public void start(String stage, int steps) {
        if (stage.equals("analyze")) {
            total = steps;
            analysed.set(0);
        }
    }

    @Override
    public void step() {
        if (total > 0 && analysed.incrementAndGet() == total) {
            // The last article is analysed: what is live now is what the link starts from.
            beforeLink = sample();
            linking = true;
            sampler = new Thread(this::sampleWhileLinking, "link-memory");
            sampler.setDaemon(true);
            sampler.start();
        }
    }

    @Override
    public void done(String stage) {
        if (stage.equals("analyze") && sampler != null) {
            linking = false;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void sampleWhileLinking() {
        while (linking) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            if (linking) {
                sample();
            }
        }
    }

    /** Takes one histogram; returns its total bytes. */
    private synchronized long sample() {
        String histogram = histogram();
        Matcher m = TOTAL.matcher(histogram);
        long bytes = m.find() ? Long.parseLong(m.group(2)) : -1;
        samples++;
        log.append(String.format(Locale.ROOT, "== sample %d at %.1f s: %d bytes live%n", samples,
                (System.nanoTime() - started) / 1e9, bytes));
        histogram.lines().limit(32).forEach(l -> log.append(l).append('\n'));
        if (bytes > peak) {
            peak = bytes;
            peakHistogram = histogram;
        }
        return bytes;
    }

    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("no class histogram: " + e.getMessage(), e);
        }
    }

    /** One line: the articles, the live bytes before the link and at its peak, and per article. */
    synchronized String toLine(int articles) {
        return String.format(Locale.ROOT,
                "GLOSS-MEMORY articles=%d beforeLink=%d linkPeak=%d samples=%d perArticleKB=%.1f", articles,
                beforeLink, peak, samples, articles == 0 ? 0.0 : peak / 1024.0 / articles);
    }

    /** Writes the histogram of the peak to {@code file}, and the head of every sample's to {@code file}.log. */
    synchronized void writeHistogram(Path file) throws IOException {
        Files.writeString(file, peakHistogram);
        Files.writeString(file.resolveSibling(file.getFileName() + ".log"), log);
    }
}
