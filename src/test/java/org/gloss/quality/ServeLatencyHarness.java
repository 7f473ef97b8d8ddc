package org.gloss.quality;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark harness, not a test: times what a writer waits for with {@code gloss serve} — from
 * saving an article to Chromium showing the new text — end to end: the watcher, the rebuild, the
 * tab's long poll and reload. It runs the packaged jar as {@code bin/gloss serve} would (no JVM
 * options) on a copy of a content folder, edits the first article in place alternately in its prose
 * and in its first quotation (as {@code gloss-bench bench --measure-edits} does), and prints each time
 * and the medians after the warm-up edits. Each time runs from the save to the reloaded page's first
 * paint, read from the browser's own clock (the same wall clock as the save): the harness asks the
 * browser only every {@value #POLL_MILLIS} ms whether the text is there, since asking costs CPU that
 * the rebuild and the reload would otherwise have, and a writer's browser has no such poller.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.gloss.quality.ServeLatencyHarness COPY-OF-CONTENT [EDITS]
 * </pre>
 */
public final class ServeLatencyHarness {

    private static final int WARM_UP = 6;
    private static final long POLL_MILLIS = 150;

    private ServeLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
        Path out = Files.createTempDirectory("gloss-serve-latency-");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/gloss.jar", "serve", "--content", content.toString(), "--out", out.toString(),
                "--port", String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        try (Browser browser = Browser.start()) {
            awaitServer(port);
            Path article = firstArticle(content);
            String id = article.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            browser.driver().get("http://127.0.0.1:" + port + "/articles/" + id + ".html");
            // A writer reads the page a few seconds before the first save; serve rehearses edits meanwhile.
            Thread.sleep(5000);
            List<Long> prose = new ArrayList<>();
            List<Long> quotation = new ArrayList<>();
            for (int i = 0; i < WARM_UP + edits; i++) {
                String marker = "Revision" + i + "marker";
                String text = Files.readString(article, StandardCharsets.UTF_8);
                String edited = i % 2 == 0 ? text + "\nAn editor's note, " + marker + ".\n"
                        : quoteEdit(text, marker);
                long saved = System.currentTimeMillis();
                Files.writeString(article, edited, StandardCharsets.UTF_8);
                // Polled gently: asking the browser costs CPU the rebuild and the reload need, and
                // the times below come from the browser's own clock, not from when the poll noticed.
                while (!Boolean.TRUE.equals(browser.js().executeScript(
                        "return document.body !== null && document.body.textContent.includes(arguments[0]);", marker))) {
                    Thread.sleep(POLL_MILLIS);
                }
                // The tab's reload, on the browser's clock (epoch milliseconds, like the save): when it
                // started, when the page arrived, and when its text was first painted (or, where a
                // browser reports no paint timing, when the document was parsed).
                List<?> times = (List<?>) browser.js().executeScript("var n = performance.getEntriesByType('navigation')[0];"
                        + "var p = performance.getEntriesByName('first-contentful-paint')[0];"
                        + "return [performance.timeOrigin, n.responseEnd, p ? p.startTime : n.domContentLoadedEventEnd];");
                double origin = ((Number) times.get(0)).doubleValue();
                double painted = ((Number) times.get(2)).doubleValue();
                long took = Math.round((origin + painted - saved) * 1e6);
                System.out.printf(Locale.ROOT, "edit %d (%s): %.0f ms (reload asked at %.0f ms, page received +%.0f ms,"
                                + " painted +%.0f ms)%n", i, i % 2 == 0 ? "prose" : "quotation", took / 1e6,
                        origin - saved, ((Number) times.get(1)).doubleValue(), painted);
                if (i >= WARM_UP) {
                    (i % 2 == 0 ? prose : quotation).add(took);
                }
                Thread.sleep(1500); // let the rest of the rebuild finish, as between a writer's saves
            }
            List<Long> all = new ArrayList<>(prose);
            all.addAll(quotation);
            System.out.printf(Locale.ROOT, "save → visible: median %.0f ms (prose %.0f, quotation %.0f), worst %.0f ms%n",
                    median(all) / 1e6, median(prose) / 1e6, median(quotation) / 1e6,
                    all.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        } finally {
            serve.destroy();
        }
    }

    /** The first quotation of the story with a word added: the quotation's cluster may move. */
    private static String quoteEdit(String markdown, String marker) {
        int body = markdown.startsWith("---") ? markdown.indexOf("\n---\n", 3) + 5 : 0;
        return markdown.substring(0, body) + markdown.substring(body).replaceFirst("\"", "\"" + marker + ", ");
    }

    private static Path firstArticle(Path content) throws IOException {
        try (var files = Files.list(content.resolve("articles"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static void awaitServer(int port) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 1200; i++) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("serve did not start on port " + port);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }
}
