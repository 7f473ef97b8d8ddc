package org.gloss.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gloss.BuildProgress;
import org.gloss.Gloss;
import org.gloss.SiteBuilder;
import org.gloss.publish.SiteSync;

/**
 * Measures what {@code gloss serve} does after a save: edit one article, rebuild incrementally,
 * bring the output folder up to date. The first edits warm the JVM up, as the first minutes of
 * an editing session do; the rest are timed. Edits alternate between prose and a quotation, so
 * half of them change a quotation cluster and the pages of every article in it.
 */
public final class EditLatency {

    static final String PREFIX = "GLOSS-EDIT";
    private static final int WARM_UP = 3;

    private EditLatency() {
    }

    /** Times {@code edits} edits of one article of the site in {@code content}; returns nanoseconds per edit. */
    public static List<Long> measure(Path content, Path out, int edits) {
        SiteBuilder builder = new SiteBuilder(content, null);
        SiteSync sync = new SiteSync(out);
        Gloss.Site site = builder.build(BuildProgress.SILENT);
        sync.writeAll(site.files());
        Path article = content.resolve(site.ingested().articles().get(0).source());
        List<Long> timed = new ArrayList<>();
        for (int i = 0; i < WARM_UP + edits; i++) {
            edit(article, i);
            long start = System.nanoTime();
            builder.changed(article);
            sync.update(builder.build(BuildProgress.SILENT).files());
            if (i >= WARM_UP) {
                timed.add(System.nanoTime() - start);
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

    public static String toLine(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format(Locale.ROOT, "%s median=%d max=%d", PREFIX, sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }

    /** The median and maximum from a line {@link #toLine} wrote, in nanoseconds. */
    static long[] parse(String line) {
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        return new long[] {Long.parseLong(parts[0].split("=")[1]), Long.parseLong(parts[1].split("=")[1])};
    }
}
