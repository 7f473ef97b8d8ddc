package org.gloss.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.gloss.BuildProgress;
import org.gloss.BuildTimings;
import org.gloss.Gloss;
import org.gloss.SiteBuilder;
import org.gloss.publish.SiteSync;

/**
 * Measures what {@code gloss serve} does after a save: edit one article, rebuild incrementally,
 * bring the output folder up to date. The rebuild is what stands between a save and the browser:
 * {@code serve} hands the rebuilt site to its server (and wakes the open tabs) before it writes
 * the output folder, so the folder's update is timed apart. The first edits warm the JVM up, as
 * the first minutes of an editing session do; the rest are timed. Edits alternate between prose
 * and a quotation, so half of them change a quotation cluster and the pages of every article in it.
 */
public final class EditLatency {

    static final String PREFIX = "GLOSS-EDIT";
    private static final int WARM_UP = 3;

    private EditLatency() {
    }

    /**
     * Each timed edit: the rebuild as {@code serve} does it before the browser can see it, its
     * parts — ingest, analyze, render (with the Markdown copies and data files) — and then
     * bringing the output folder up to date.
     */
    public record Edit(long rebuiltNanos, long ingestNanos, long analyzeNanos, long renderNanos, long syncNanos) {
    }

    /** Times {@code edits} edits of one article of the site in {@code content}. */
    public static List<Edit> measure(Path content, Path out, int edits) {
        SiteBuilder builder = new SiteBuilder(content, null);
        SiteSync sync = new SiteSync(out);
        Gloss.Site site = builder.build(BuildProgress.SILENT);
        sync.writeAll(site.files());
        Path article = content.resolve(site.ingested().articles().get(0).source());
        List<Edit> timed = new ArrayList<>();
        for (int i = 0; i < WARM_UP + edits; i++) {
            edit(article, i);
            long start = System.nanoTime();
            builder.changed(article);
            Gloss.Site rebuilt = builder.build(BuildProgress.SILENT);
            long built = System.nanoTime();
            sync.update(rebuilt.files());
            long end = System.nanoTime();
            if (i >= WARM_UP) {
                BuildTimings t = rebuilt.timings();
                timed.add(new Edit(built - start, t.ingest().toNanos(), t.analyze().toNanos(), t.render().toNanos(),
                        end - built));
            }
        }
        return timed;
    }

    private static void edit(Path article, int i) {
        try {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String edited = i % 2 == 0 ? text + "\nAn editor's note, revision " + i + ".\n" : editQuotation(text);
            Files.writeString(article, edited, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewords the first quotation of the story (after the front matter, where the title is quoted too). */
    private static String editQuotation(String markdown) {
        int body = markdown.startsWith("---") ? markdown.indexOf("\n---\n", 3) + 5 : 0;
        return markdown.substring(0, body) + markdown.substring(body).replaceFirst("\"", "\"Really, ");
    }

    /** The median and worst rebuild, then the median of each part and of the output folder's update (all ns). */
    public static String toLine(List<Edit> edits) {
        List<Long> sorted = edits.stream().map(Edit::rebuiltNanos).sorted().toList();
        return String.format(Locale.ROOT, "%s median=%d max=%d ingest=%d analyze=%d render=%d sync=%d", PREFIX,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), median(edits, Edit::ingestNanos),
                median(edits, Edit::analyzeNanos), median(edits, Edit::renderNanos), median(edits, Edit::syncNanos));
    }

    private static long median(List<Edit> edits, ToLongFunction<Edit> part) {
        long[] values = edits.stream().mapToLong(part).sorted().toArray();
        return values[values.length / 2];
    }

    /** The median and maximum from a line {@link #toLine} wrote, in nanoseconds. */
    static long[] parse(String line) {
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        return new long[] {Long.parseLong(parts[0].split("=")[1]), Long.parseLong(parts[1].split("=")[1])};
    }
}
