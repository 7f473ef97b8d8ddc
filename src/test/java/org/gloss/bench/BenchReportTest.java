package org.gloss.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gloss.core.BuildTimings;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static BenchRunner.SizeResult size(int articles, long analyzeMillis, long glossMillis, long hugoMillis) {
        BuildTimings t = new BuildTimings(Duration.ofMillis(10), Duration.ofMillis(analyzeMillis), Duration.ofMillis(20),
                Duration.ofMillis(5));
        return new BenchRunner.SizeResult(articles, glossMillis * 1_000_000, hugoMillis * 1_000_000,
                new BuildMeasurement(articles, t, 100L << 20, 200L << 20), 40_000_000, 90_000_000,
                new BenchRunner.Rebuilds(300_000_000, 400_000_000, new BuildMeasurement(articles, t, 1, 1)), "-Xopt");
    }

    @Test
    void measurementLineRoundTrips() {
        BuildMeasurement m = size(1000, 300, 0, 0).inside();
        assertEquals(m, BuildMeasurement.parse(m.toLine()));
    }

    @Test
    void growthComparesSizesTenTimesApart() {
        List<String> growth = BenchReport.growth(List.of(size(100, 30, 1, 1), size(1000, 300, 1, 1), size(10000, 3600, 1, 1)));
        assertEquals(2, growth.size());
        assertTrue(growth.get(0).contains("100 to 1000") && growth.get(0).contains("10.0×"), growth.get(0));
        assertTrue(growth.get(1).contains("1000 to 10000") && growth.get(1).contains("12.0×"), growth.get(1));
    }

    @Test
    void reportShowsRatioAndEditLatency() {
        BenchRunner.Options options = new BenchRunner.Options(List.of(1000), 1, Path.of("x"), 3, null, List.of(), true, 5, 3,
                null);
        String md = BenchReport.markdown(new BenchRunner.Report(List.of(size(1000, 300, 1500, 1000)), -1, "hugo v0"), options);
        assertTrue(md.contains("| 1000 | 1.50 |"), md);
        assertTrue(md.contains("40 ms, 90 ms"), md);
        assertTrue(BenchReport.line(size(1000, 300, 1500, 1000)).contains("ratio 1.50"));
        // Rebuilds with the cache warm, against Hugo's full build.
        assertTrue(md.contains("| 1000 | 1.50 s | 1.00 s | 0.30 s (0.30× Hugo's full build) | 0.40 s (0.40× Hugo's full build)"),
                md);
    }
}
