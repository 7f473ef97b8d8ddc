package org.gloss.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gloss.core.BuildTimings;

/** Formats benchmark figures: one console line per size, and a Markdown report for docs/PERFORMANCE.md. */
final class BenchReport {

    private BenchReport() {
    }

    static String line(BenchRunner.SizeResult r) {
        BuildTimings t = r.inside().timings();
        return String.format(Locale.ROOT,
                "%6d articles: gloss %6.0f ms wall (ingest %.0f, analyze %.0f, render %.0f, write %.0f ms; %.0f articles/s;"
                        + " heap peak %d MB, RSS peak %d MB)%s%s",
                r.articles(), ms(r.glossWallNanos()), ms(t.ingest()), ms(t.analyze()), ms(t.render()), ms(t.write()),
                perSecond(r), mb(r.inside().heapPeakBytes()), mb(r.inside().rssPeakBytes()),
                Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "; hugo %.0f ms; ratio %.2f",
                        ms(r.hugoWallNanos()), r.ratio()),
                r.editMedianNanos() < 0 ? "" : String.format(Locale.ROOT, "; one-article edit's pages made in %.0f ms (worst %.0f)",
                        ms(r.editMedianNanos()), ms(r.editMaxNanos())))
                + rebuildLine(r);
    }

    /** The rebuilds with the build cache warm, against Hugo's full build when it ran. */
    private static String rebuildLine(BenchRunner.SizeResult r) {
        BenchRunner.Rebuilds b = r.rebuilds();
        if (b.unchangedNanos() < 0) {
            return "";
        }
        BuildTimings t = b.oneEditInside().timings();
        return String.format(Locale.ROOT, "%n        cached rebuilds: nothing changed %.0f ms%s; one article edited %.0f ms%s"
                        + " (ingest %.0f, analyze %.0f, render %.0f, write %.0f ms)",
                ms(b.unchangedNanos()), againstHugo(b.unchangedNanos(), r), ms(b.oneEditNanos()),
                againstHugo(b.oneEditNanos(), r), ms(t.ingest()), ms(t.analyze()), ms(t.render()), ms(t.write()));
    }

    private static String againstHugo(long nanos, BenchRunner.SizeResult r) {
        return r.hugoWallNanos() <= 0 ? "" : String.format(Locale.ROOT, " (%.2f× Hugo's full build)",
                (double) nanos / r.hugoWallNanos());
    }

    /** The whole report as Markdown. */
    public static String markdown(BenchRunner.Report report, BenchRunner.Options options) {
        StringBuilder b = new StringBuilder("# Gloss benchmark\n\n");
        b.append(String.format(Locale.ROOT, "Seed %d, median of %d runs, Gloss JVM options: `%s`, %s, %d cores.%n%n",
                options.seed(), options.runs(), String.join(" ", options.jvmOptions()),
                report.hugoVersion() == null ? "Hugo not run" : report.hugoVersion(),
                Runtime.getRuntime().availableProcessors()));
        b.append("| articles | Gloss / Hugo (wall, JVM start included) | ingest | analyze | render | write "
                + "| articles/s | heap peak | RSS peak | edit → pages made (median, worst) |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchRunner.SizeResult r : report.sizes()) {
            BuildTimings t = r.inside().timings();
            double total = t.total().toNanos();
            b.append(String.format(Locale.ROOT, "| %d | %s | %.0f%% | %.0f%% | %.0f%% | %.0f%% | %.0f | %d MB | %d MB | %s |%n",
                    r.articles(), Double.isNaN(r.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f", r.ratio()),
                    100 * t.ingest().toNanos() / total, 100 * t.analyze().toNanos() / total,
                    100 * t.render().toNanos() / total, 100 * t.write().toNanos() / total,
                    perSecond(r), mb(r.inside().heapPeakBytes()), mb(r.inside().rssPeakBytes()),
                    r.editMedianNanos() < 0 ? "—" : String.format(Locale.ROOT, "%.0f ms, %.0f ms",
                            ms(r.editMedianNanos()), ms(r.editMaxNanos()))));
        }
        if (report.sizes().stream().anyMatch(r -> r.rebuilds().unchangedNanos() >= 0)) {
            b.append("\n| articles | Gloss cold | Hugo full | no change, cache warm | one article edited, cache warm "
                    + "| one-edit phases: ingest / analyze / render / write | Gloss JVM options |\n"
                    + "|---:|---:|---:|---:|---:|---|---|\n");
            for (BenchRunner.SizeResult r : report.sizes()) {
                BenchRunner.Rebuilds rb = r.rebuilds();
                if (rb.unchangedNanos() < 0) {
                    continue;
                }
                BuildTimings t = rb.oneEditInside().timings();
                b.append(String.format(Locale.ROOT, "| %d | %.2f s | %s | %.2f s%s | %.2f s%s | %.0f / %.0f / %.0f / %.0f ms | `%s` |%n",
                        r.articles(), r.glossWallNanos() / 1e9,
                        r.hugoWallNanos() <= 0 ? "—" : String.format(Locale.ROOT, "%.2f s", r.hugoWallNanos() / 1e9),
                        rb.unchangedNanos() / 1e9, againstHugo(rb.unchangedNanos(), r),
                        rb.oneEditNanos() / 1e9, againstHugo(rb.oneEditNanos(), r),
                        ms(t.ingest()), ms(t.analyze()), ms(t.render()), ms(t.write()), r.jvm()));
            }
        }
        b.append("\nStage columns are shares of the in-process build time; the ratio compares whole processes.\n");
        growth(report.sizes()).forEach(g -> b.append("\n").append(g).append('\n'));
        if (report.samplesWallNanos() >= 0) {
            b.append(String.format(Locale.ROOT, "%nThe sample content (`%s`): %.2f s wall, JVM start included.%n",
                    options.samples(), report.samplesWallNanos() / 1e9));
        }
        return b.toString();
    }

    /** For every pair of sizes where one is 10× the other: how many times longer analysis took. */
    static List<String> growth(List<BenchRunner.SizeResult> sizes) {
        return sizes.stream().flatMap(small -> sizes.stream()
                .filter(big -> big.articles() == 10 * small.articles())
                .map(big -> String.format(Locale.ROOT,
                        "Analysis from %d to %d articles (10×): %.1f× the time (target ≤ 12×); whole build %.1f×.",
                        small.articles(), big.articles(),
                        (double) big.inside().timings().analyze().toNanos() / small.inside().timings().analyze().toNanos(),
                        (double) big.inside().timings().total().toNanos() / small.inside().timings().total().toNanos())))
                .toList();
    }

    private static double perSecond(BenchRunner.SizeResult r) {
        return r.articles() / (r.glossWallNanos() / 1e9);
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long mb(long bytes) {
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }
}
