package org.gloss.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Times the offline search of a built site in headless Chromium: for each query, opens
 * {@code search.html?q=…} from {@code file://} (a fresh page, so nothing is cached in it) and
 * reads what the page reports when its results are shown: how long the search took from the
 * query to the rendered results (the fragments' loading included), and which index files it
 * loaded, whose sizes on disk give the bytes a query reads (the manifest included; lunr.js and
 * the page itself, the same for every query, are not).
 */
final class SearchBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAST = "var l = window.GlossSearch && window.GlossSearch.last;"
            + " return l && l.query === arguments[0] ? l : null;";

    /** One query's figures. */
    record Timing(String query, double millis, long bytes, int files, int results, double words, double first) {
    }

    private SearchBench() {
    }

    /** Times each of {@code queries} on {@code site}. */
    static List<Timing> run(Path site, List<String> queries, String chromium, String chromedriver)
            throws IOException, InterruptedException {
        List<Timing> out = new ArrayList<>();
        String page = site.resolve("search.html").toUri().toString();
        long manifest = Files.size(site.resolve("assets/search-index.js"));
        try (WebDriverClient browser = WebDriverClient.start(chromium, chromedriver)) {
            for (String q : queries) {
                browser.open(page + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                JsonNode last = null;
                for (int i = 0; i < 3000 && (last == null || last.isNull()); i++) {
                    last = browser.execute(LAST, q);
                    if (last.isNull()) {
                        Thread.sleep(10);
                    }
                }
                if (last == null || last.isNull()) {
                    throw new IllegalStateException("no results shown for '" + q + "' within 30 s");
                }
                long bytes = manifest;
                for (JsonNode f : last.path("files")) {
                    bytes += Files.size(site.resolve("assets/search/" + f.asText() + ".js"));
                }
                out.add(new Timing(q, last.path("ms").asDouble(), bytes, last.path("files").size() + 1,
                        last.path("results").asInt(), last.path("words").asDouble(),
                        last.path("first").asDouble(last.path("ms").asDouble())));
            }
        }
        return out;
    }

    /**
     * Queries drawn from the site's own index (seeded): words found in the most documents, words
     * at random, two-word queries, and three-letter prefixes, so that they hit as a reader's would.
     */
    static List<String> queries(Path site, int count, long seed) throws IOException {
        JsonNode manifest = JSON.readTree(script(site.resolve("assets/search-index.js"), "var GLOSS_SEARCH_INDEX = ", ";"));
        int fragments = manifest.path("fragments").size();
        List<String> common = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < fragments; i++) {
            JsonNode words = JSON.readTree(script(site.resolve("assets/search/w" + i + ".js"),
                    "GlossSearch.loaded(\"w" + i + "\",", ");"));
            words.fieldNames().forEachRemaining(w -> {
                if (w.matches("\\p{L}{4,}")) {
                    all.add(w);
                    if (words.get(w).size() >= 200) {
                        common.add(w);
                    }
                }
            });
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("the site's index holds no words to search for");
        }
        Random random = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        List<String> pool = common.isEmpty() ? all : common;
        for (int i = 0; out.size() < count && i < count * 20; i++) {
            String a = pool.get(random.nextInt(pool.size()));
            String b = all.get(random.nextInt(all.size()));
            out.add(switch (i % 4) {
                case 0 -> a;
                case 1 -> b;
                case 2 -> a + " " + b;
                default -> b.substring(0, 3);
            });
        }
        return List.copyOf(out);
    }

    private static String script(Path file, String head, String tail) throws IOException {
        String js = Files.readString(file).strip();
        int start = js.indexOf(head);
        if (start < 0 || !js.endsWith(tail)) {
            throw new IllegalStateException("not a Gloss search file: " + file);
        }
        return js.substring(start + head.length(), js.length() - tail.length());
    }

    /** A Markdown report of {@code timings}: each query, then medians and maxima. */
    static String report(String title, List<Timing> timings) {
        StringBuilder md = new StringBuilder("## ").append(title).append("\n\n")
                .append("| query | results | files | KB loaded | words loaded, ms | first results, ms | all results, ms |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Timing t : timings) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f |%n", t.query(), t.results(), t.files(),
                    t.bytes() / 1024.0, t.words(), t.first(), t.millis()));
        }
        List<Double> ms = timings.stream().map(Timing::millis).sorted().toList();
        List<Double> first = timings.stream().map(Timing::first).sorted().toList();
        List<Long> bytes = timings.stream().map(Timing::bytes).sorted(Comparator.naturalOrder()).toList();
        md.append(String.format(Locale.ROOT, "%nFirst results: median %.1f ms (max %.1f ms); all results: median %.1f ms"
                        + " (max %.1f ms); median %.0f KB loaded (max %.0f KB), over %d queries.%n",
                first.get(first.size() / 2), first.get(first.size() - 1),
                ms.get(ms.size() / 2), ms.get(ms.size() - 1), bytes.get(bytes.size() / 2) / 1024.0,
                bytes.get(bytes.size() - 1) / 1024.0, timings.size()));
        return md.toString();
    }
}
