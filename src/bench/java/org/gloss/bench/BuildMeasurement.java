package org.gloss.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.gloss.core.BuildTimings;

/**
 * What one measured build reported about itself: per-phase times, and peak heap and resident
 * memory. A child JVM prints it as one line ({@link #toLine}) so the benchmark can time the whole
 * process, JVM start included, and still see inside it.
 */
public record BuildMeasurement(int articles, BuildTimings timings, long heapPeakBytes, long rssPeakBytes) {

    static final String PREFIX = "GLOSS-BENCH";

    /** Measures this JVM after a build: heap peak summed over heap pools (an upper bound), RSS high-water mark. */
    public static BuildMeasurement ofThisJvm(int articles, BuildTimings timings) {
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new BuildMeasurement(articles, timings, heap, residentPeak());
    }

    /** Linux's VmHWM for this process, or -1 where /proc is not there. */
    private static long residentPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public String toLine() {
        return String.format(Locale.ROOT,
                "%s articles=%d ingest=%d analyze=%d render=%d write=%d heap=%d rss=%d", PREFIX, articles,
                timings.ingest().toNanos(), timings.analyze().toNanos(), timings.render().toNanos(),
                timings.write().toNanos(), heapPeakBytes, rssPeakBytes);
    }

    /** Parses a line {@link #toLine} wrote. */
    public static BuildMeasurement parse(String line) {
        Map<String, Long> v = new HashMap<>();
        for (String part : line.substring(PREFIX.length()).trim().split(" ")) {
            String[] kv = part.split("=", 2);
            v.put(kv[0], Long.parseLong(kv[1]));
        }
        BuildTimings t = new BuildTimings(Duration.ofNanos(v.get("ingest")), Duration.ofNanos(v.get("analyze")),
                Duration.ofNanos(v.get("render")), Duration.ofNanos(v.get("write")));
        return new BuildMeasurement(v.get("articles").intValue(), t, v.get("heap"), v.get("rss"));
    }
}
