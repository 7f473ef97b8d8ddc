package org.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.ArticleMetadata;
import org.jsoup.Jsoup;

/**
 * Converts a folder of saved pages the way {@code gloss convert} does and scores the result
 * against the pages' answers: the story text with {@link ShingleScore}, and title, author,
 * outlet and date where the answers give them; with each page's convert time.
 *
 * <p>Two layouts are read: a news set (a {@code truth.json} of {@code {ID: {articleBody}}} beside
 * {@code ID.html} or {@code ID.html.gz}) and a Readability set ({@code NAME/source.html} with
 * {@code expected.html} and {@code expected-metadata.json}).
 */
public final class ExtractionBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    /** Answer fields of a Readability set, and the front-matter field each is compared with. */
    private static final Map<String, String> FIELDS = Map.of(
            "title", "title", "byline", "author", "siteName", "outlet", "publishedTime", "date");

    /** A page with its answer: the story text and, for a Readability set, its metadata. */
    record Page(String id, Path html, String truth, Map<String, String> meta) {
    }

    /** One page's outcome. */
    record Result(Page page, ShingleScore.Counts counts, boolean empty, long nanos, Map<String, Boolean> fields) {
    }

    private final ArticleIngester ingester = new ArticleIngester();

    /** Reads the benchmark in {@code dir}, converts every page into {@code work}, and prints the report. */
    public static int run(Path dir, Path work, int worst, PrintWriter out) throws IOException {
        List<Page> pages = Files.exists(dir.resolve("truth.json")) ? newsPages(dir, work) : readabilityPages(dir);
        if (pages.isEmpty()) {
            out.println("no pages found in " + dir + " (expected truth.json, or NAME/source.html folders)");
            return 1;
        }
        ExtractionBench bench = new ExtractionBench();
        // One pass to warm the JVM, so that the times are those of a converter in a running build.
        pages.forEach(bench::measure);
        List<Result> results = pages.stream().map(bench::measure).toList();
        report(results, worst, out);
        return 0;
    }

    Result measure(Page page) {
        long start = System.nanoTime();
        Article article = null;
        try {
            article = ingester.convert(page.html());
        } catch (IOException | RuntimeException | org.gloss.ingest.ArticleFormatException e) {
            // a page with no output scores 0, as in the benchmark
        }
        long nanos = System.nanoTime() - start;
        String text = article == null ? "" : plainText(article.body());
        Map<String, Boolean> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> want : page.meta().entrySet()) {
            String got = article == null ? null : field(article.metadata(), FIELDS.get(want.getKey()));
            fields.put(want.getKey(), want.getKey().equals("publishedTime")
                    ? got != null && want.getValue().startsWith(got)
                    : normalise(got).equals(normalise(want.getValue())));
        }
        return new Result(page, ShingleScore.page(page.truth(), text), article == null, nanos, fields);
    }

    static void report(List<Result> results, int worst, PrintWriter out) {
        ShingleScore score = new ShingleScore(results.stream().map(Result::counts).toList());
        long empty = results.stream().filter(Result::empty).count();
        out.printf(Locale.ROOT, "body F1 %.3f (P %.3f R %.3f) over %d pages, %d with no output%n",
                score.f1(), score.precision(), score.recall(), results.size(), empty);
        for (String field : List.of("title", "byline", "siteName", "publishedTime")) {
            long asked = results.stream().filter(r -> r.fields().containsKey(field)).count();
            long right = results.stream().filter(r -> Boolean.TRUE.equals(r.fields().get(field))).count();
            if (asked > 0) {
                out.printf(Locale.ROOT, "%s: %d/%d = %.2f%n", field, right, asked, (double) right / asked);
            }
        }
        long[] ms = results.stream().mapToLong(r -> r.nanos() / 1_000_000).sorted().toArray();
        Result slowest = results.stream().max(Comparator.comparingLong(Result::nanos)).orElseThrow();
        out.printf(Locale.ROOT, "convert time per page: median %d ms, max %d ms (%s)%n",
                ms[ms.length / 2], ms[ms.length - 1], slowest.page().id());
        results.stream().sorted(Comparator.comparingDouble(r -> r.counts().f1())).limit(worst).forEach(r ->
                out.printf(Locale.ROOT, "  worst: %s F1 %.2f%s%n", r.page().id(), r.counts().f1(), r.empty() ? " (no output)" : ""));
    }

    private static List<Page> newsPages(Path dir, Path work) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("truth.json").toFile());
        Files.createDirectories(work);
        List<Page> pages = new ArrayList<>();
        for (var it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            Path html = dir.resolve(e.getKey() + ".html");
            Path gz = dir.resolve(e.getKey() + ".html.gz");
            if (!Files.exists(html) && Files.exists(gz)) {
                html = work.resolve(e.getKey() + ".html");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                    Files.write(html, in.readAllBytes());
                }
            }
            if (Files.exists(html)) {
                pages.add(new Page(e.getKey(), html, e.getValue().path("articleBody").asText(""), Map.of()));
            }
        }
        return pages;
    }

    private static List<Page> readabilityPages(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path d : s.sorted().toList()) {
                Path source = d.resolve("source.html");
                Path expected = d.resolve("expected.html");
                if (!Files.exists(source) || !Files.exists(expected)) {
                    continue;
                }
                Map<String, String> meta = new LinkedHashMap<>();
                Path metaFile = d.resolve("expected-metadata.json");
                if (Files.exists(metaFile)) {
                    JsonNode m = JSON.readTree(metaFile.toFile());
                    for (String f : List.of("title", "byline", "siteName", "publishedTime")) {
                        if (m.hasNonNull(f) && !m.get(f).asText().isBlank()) {
                            meta.put(f, m.get(f).asText());
                        }
                    }
                }
                String truth = Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).wholeText();
                pages.add(new Page(d.getFileName().toString(), source, truth, meta));
            }
        }
        return pages;
    }

    /** The words of converted Markdown as a reader sees them: syntax and link addresses dropped. */
    static String plainText(String markdown) {
        return Jsoup.parse(HTML.render(MARKDOWN.parse(markdown))).wholeText();
    }

    /** A front-matter field as text (a date as YYYY-MM-DD), or null. */
    private static String field(ArticleMetadata m, String name) {
        Object v = m.asMap().get(name);
        return v == null ? null : v.toString();
    }

    /** Unicode-normalised, case-folded, quotes and punctuation dropped: how the benchmark's scorer compares fields. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201c\u201d'\"`]", "");
        return String.join(" ", Arrays.stream(n.split("[^\\p{L}\\p{N}_]+")).filter(w -> !w.isEmpty()).toList());
    }
}
