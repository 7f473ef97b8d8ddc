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
import org.gloss.Gloss;
import org.gloss.SiteBuilder;
import org.gloss.core.BuildProgress;
import org.gloss.core.BuildTimings;
import org.gloss.core.OutputFile;
import org.gloss.publish.SiteSync;

/**
 * Measures what {@code gloss serve} does after a save: edit one article, rebuild incrementally,
 * bring the output folder up to date. What stands between a save and the edited article in the
 * browser is the rebuild up to the article pages: {@code serve} hands them to its server, which
 * reloads the tabs they change, before it makes the pages about the whole site, then the files no
 * page loads, then writes the output folder; those are timed apart. The first edits warm the JVM up, as
 * the first minutes of an editing session do; the rest are timed. Edits alternate between prose
 * and a quotation, so half of them change a quotation cluster and the pages of every article in it.
 */
public final class EditLatency {

    static final String PREFIX = "GLOSS-EDIT";
    private static final int WARM_UP = 3;

    private EditLatency() {
    }

    /**
     * Each timed edit: whether it was a quotation edit; the rebuild until the article pages are
     * made (when the edited article's tab reloads), until every page is, and whole; its parts —
     * ingest, analyze, render (with the Markdown copies and data files); then bringing the output
     * folder up to date.
     */
    public record Edit(boolean quotation, long visibleNanos, long pagesNanos, long rebuiltNanos, long ingestNanos,
                       long analyzeNanos, long renderNanos, long syncNanos) {
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
            long[] made = new long[2];
            Gloss.Site rebuilt = builder.build(BuildProgress.SILENT, new SiteBuilder.Preview() {
                @Override
                public void articlePagesMade(List<OutputFile> soFar) {
                    made[0] = System.nanoTime();
                }

                @Override
                public void pagesMade(List<OutputFile> soFar) {
                    made[1] = System.nanoTime();
                }
            });
            long built = System.nanoTime();
            sync.update(rebuilt.files());
            long end = System.nanoTime();
            if (i >= WARM_UP) {
                BuildTimings t = rebuilt.timings();
                timed.add(new Edit(i % 2 == 1, made[0] - start, made[1] - start, built - start, t.ingest().toNanos(), t.analyze().toNanos(), t.render().toNanos(),
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

    /**
     * The median and worst time until the edited article's page is made, that median for prose
     * and quotation edits apart, then the medians until every page is made, of the whole rebuild,
     * of each part and of the output folder's update (all nanoseconds).
     */
    public static String toLine(List<Edit> edits) {
        List<Long> sorted = edits.stream().map(Edit::visibleNanos).sorted().toList();
        return String.format(Locale.ROOT,
                "%s median=%d max=%d prose=%d quotation=%d pages=%d rebuilt=%d ingest=%d analyze=%d render=%d sync=%d",
                PREFIX, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
                median(edits.stream().filter(e -> !e.quotation()).toList(), Edit::visibleNanos),
                median(edits.stream().filter(Edit::quotation).toList(), Edit::visibleNanos),
                median(edits, Edit::pagesNanos), median(edits, Edit::rebuiltNanos), median(edits, Edit::ingestNanos), median(edits, Edit::analyzeNanos),
                median(edits, Edit::renderNanos), median(edits, Edit::syncNanos));
    }

    private static long median(List<Edit> edits, ToLongFunction<Edit> part) {
        long[] values = edits.stream().mapToLong(part).sorted().toArray();
        return values.length == 0 ? -1 : values[values.length / 2];
    }

    /** The median and maximum from a line {@link #toLine} wrote, in nanoseconds. */
    static long[] parse(String line) {
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        return new long[] {Long.parseLong(parts[0].split("=")[1]), Long.parseLong(parts[1].split("=")[1])};
    }
}
