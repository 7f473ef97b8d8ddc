package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {

    private static final String PAGE = "<!DOCTYPE html><html><body><p>Hello</p></body></html>";

    private PreviewServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = PreviewServer.start(0);
        server.publish(List.of(OutputFile.text("index.html", PAGE), OutputFile.text("articles/a.html", PAGE),
                OutputFile.text("assets/gloss.js", "// js </body>")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesPagesWithTheLiveReloadScriptAddedOnlyToHtml() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().matches("(?s).*<p>Hello</p><script src=\"/__gloss/live-reload.js\" data-version=\"\\d+\"></script></body>.*"),
                index.body());
        assertEquals("// js </body>", get("/assets/gloss.js").body());
        assertTrue(get("/__gloss/live-reload.js").body().contains("/__gloss/changes"));
    }

    @Test
    void theSiteItselfNeverCarriesTheScript(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path out = tmp.resolve("site");
        try (org.gloss.PreviewSession session = org.gloss.PreviewSession.start(SiteFixture.CONTENT,
                SiteFixture.TEMPLATES, out, 0, org.gloss.core.BuildProgress.SILENT)) {
            // What the server really adds to a page it serves, and the script that tag loads.
            String served = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + session.port() + "/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher tag = java.util.regex.Pattern
                    .compile("<script src=\"(" + PreviewServer.PREFIX + "[^\"]+)\"[^>]*></script>").matcher(served);
            assertTrue(tag.find(), "the served page carries the reload script: " + served);
            String script = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + session.port() + tag.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(script.contains(PreviewServer.PREFIX + "changes"), script);

            // Files are read byte for character (ISO-8859-1), so the script is looked for as bytes too.
            String scriptBytes = new String(script.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            List<java.nio.file.Path> written = SiteFixture.files(out, "");
            assertTrue(written.stream().anyMatch(p -> p.endsWith("index.html")), "the session wrote the site: " + written);
            for (java.nio.file.Path file : written) {
                String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(PreviewServer.PREFIX), file + " refers to the server's own endpoints");
                assertFalse(text.contains(scriptBytes), file + " carries the reload script");
            }
        }
    }

    @Test
    void unknownAndEscapingPathsAreNotFound() throws Exception {
        assertEquals(404, get("/missing.html").statusCode());
        assertEquals(404, get("/articles/../../../etc/passwd").statusCode());
        assertEquals(404, get("/%2e%2e/%2e%2e/etc/passwd").statusCode());
    }

    @Test
    void aWaitingTabReloadsWhenItsPageChanges() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = poll("/index.html");
        server.publish(List.of(OutputFile.text("index.html", "<p>changed</p>"), OutputFile.text("articles/a.html", PAGE),
                OutputFile.text("assets/gloss.js", "// js </body>")));
        assertEquals("reload", waiting.get(5, TimeUnit.SECONDS).body());
        assertTrue(get("/").body().contains("changed"));
    }

    @Test
    void aTabWaitsThroughChangesToOtherPagesAndReloadsOnceForItsOwn() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = poll("/articles/a.html");
        server.publishPages(List.of(OutputFile.text("index.html", "<p>index changed</p>")), false);
        Thread.sleep(300);
        assertFalse(waiting.isDone(), "another page changed, not this tab's");
        server.publishPages(List.of(OutputFile.text("articles/a.html", "<p>a changed</p>")), false);
        assertEquals("reload", waiting.get(5, TimeUnit.SECONDS).body());
    }

    @Test
    void aPageHearsOfChangesMadeBetweenServingItAndItsFirstPoll() throws Exception {
        String page = get("/articles/a.html").body();
        String served = page.replaceAll("(?s).*data-version=\"(\\d+)\".*", "$1");
        server.publishPages(List.of(OutputFile.text("articles/a.html", "<p>a changed</p>")), false);
        assertEquals("reload", get("/__gloss/changes?since=" + served + "&page=/articles/a.html").body());
    }

    @Test
    void theRestOfARebuildWaitsForReloadingTabsButNotForever() throws Exception {
        long start = System.nanoTime();
        server.awaitReloads(Duration.ofSeconds(5));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos(), "no tab reloading: no wait");

        CompletableFuture<HttpResponse<String>> tab = poll("/articles/a.html");
        CompletableFuture<HttpResponse<String>> other = poll("/index.html");
        awaitWaitingPolls(2);
        server.publishPages(List.of(OutputFile.text("articles/a.html", "<p>a changed</p>")), false);
        assertEquals("reload", tab.get(5, TimeUnit.SECONDS).body());
        CompletableFuture<Void> rest = CompletableFuture.runAsync(() -> server.awaitReloads(Duration.ofSeconds(30)));
        Thread.sleep(300);
        assertFalse(rest.isDone(), "the tab on the changed page has not loaded again yet");
        // The reloaded page's script polls, saying it has loaded, and waits for the next change.
        CompletableFuture<HttpResponse<String>> reloaded = client.sendAsync(
                request("/__gloss/changes?page=/articles/a.html&since=" + server.version() + "&loaded=1"),
                HttpResponse.BodyHandlers.ofString());
        rest.get(5, TimeUnit.SECONDS);
        assertFalse(other.isDone(), "the tab on another page was not told to reload");

        awaitWaitingPolls(2);
        server.publishPages(List.of(OutputFile.text("articles/a.html", "<p>again</p>")), false);
        assertEquals("reload", reloaded.get(5, TimeUnit.SECONDS).body());
        start = System.nanoTime();
        server.awaitReloads(Duration.ofMillis(200));
        long waited = System.nanoTime() - start;
        assertTrue(waited >= Duration.ofMillis(150).toNanos() && waited < Duration.ofSeconds(3).toNanos(),
                "a tab closed while reloading holds the rest back only until the limit: " + waited / 1_000_000 + " ms");
    }

    @Test
    void aFailedRebuildIsShownOnEveryTabUntilABuildSucceeds() throws Exception {
        String version = get("/__gloss/changes?page=/index.html").body();
        CompletableFuture<HttpResponse<String>> tab = poll("/index.html");
        awaitWaitingPolls(1);
        server.showError("content/site.yml:2:7: error: mapping values are not allowed here");
        String answer = tab.get(5, TimeUnit.SECONDS).body();
        assertEquals("error 1\ncontent/site.yml:2:7: error: mapping values are not allowed here", answer);

        // A page loaded while the error stands is told at once; one that shows it waits.
        assertTrue(get("/__gloss/changes?since=" + version + "&page=/index.html&shown=0").body().startsWith("error 1\n"));
        CompletableFuture<HttpResponse<String>> showing = client.sendAsync(
                request("/__gloss/changes?since=" + version + "&page=/index.html&shown=1"),
                HttpResponse.BodyHandlers.ofString());
        awaitWaitingPolls(1);
        server.showError("content/site.yml:3:1: error: a newer problem");
        assertTrue(showing.get(5, TimeUnit.SECONDS).body().startsWith("error 2\ncontent/site.yml:3:1"),
                "a tab showing an older error is told the newer one");

        CompletableFuture<HttpResponse<String>> cleared = client.sendAsync(
                request("/__gloss/changes?since=" + version + "&page=/index.html&shown=2"),
                HttpResponse.BodyHandlers.ofString());
        awaitWaitingPolls(1);
        server.clearError();
        assertEquals("clear", cleared.get(5, TimeUnit.SECONDS).body());
    }

    /** Waits until {@code n} long polls have reached the server and wait there. */
    private void awaitWaitingPolls(int n) throws InterruptedException {
        for (int i = 0; i < 500 && server.waitingPolls() != n; i++) {
            Thread.sleep(10);
        }
        assertEquals(n, server.waitingPolls());
    }

    @Test
    void whatEveryPageLoadsReloadsEveryTabAndTheSearchIndexOnlyTheSearchPage() {
        assertTrue(PreviewServer.affects(Set.of("assets/gloss.css"), "articles/a.html"));
        assertTrue(PreviewServer.affects(Set.of("assets/search-index.js"), "search.html"));
        assertFalse(PreviewServer.affects(Set.of("assets/search-index.js"), "articles/a.html"));
        assertFalse(PreviewServer.affects(Set.of("data/annotations.json", "md/a.md"), "articles/a.html"));
        assertTrue(PreviewServer.affects(Set.of("md/a.md"), null), "a poll naming no page hears of any change");
    }

    @Test
    void pagesComeFirstAndTheRestFollows() throws Exception {
        server.publish(List.of(OutputFile.text("index.html", PAGE), OutputFile.text("gone.html", PAGE),
                OutputFile.text("data/annotations.json", "old")));
        server.publishPages(List.of(OutputFile.text("articles/a.html", "<p>new</p>")), false);
        assertTrue(get("/articles/a.html").body().contains("new"));
        assertEquals(200, get("/gone.html").statusCode(), "until every page is made, the others stay");
        server.publishPages(List.of(OutputFile.text("index.html", "<p>new</p>")), true);
        assertEquals(404, get("/gone.html").statusCode(), "a page the rebuild did not make is gone");
        assertEquals("old", get("/data/annotations.json").body(), "files no page loads stay until the rest comes");
        server.publish(List.of(OutputFile.text("index.html", "<p>new</p>"),
                OutputFile.text("data/annotations.json", "new")));
        assertEquals("new", get("/data/annotations.json").body());
    }

    @Test
    void assetsAreVersionedSoAReloadFetchesThePageAlone() throws Exception {
        server.publish(List.of(OutputFile.text("articles/a.html",
                        "<html><head><link rel=\"stylesheet\" href=\"../assets/gloss.css\"></head><body></body></html>"),
                OutputFile.text("assets/gloss.css", "p { color: red }")));
        String first = get("/articles/a.html").body();
        String ref = first.replaceAll("(?s).*href=\"(\\.\\./assets/gloss\\.css\\?v=[0-9a-f]+)\".*", "$1");
        assertTrue(ref.startsWith("../assets/gloss.css?v="), first);
        HttpResponse<String> asset = get("/assets/" + ref.substring("../assets/".length()));
        assertEquals("p { color: red }", asset.body());
        assertTrue(asset.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals("no-store", get("/assets/gloss.css").headers().firstValue("Cache-Control").orElse(""));

        server.publish(List.of(OutputFile.text("articles/a.html",
                        "<html><head><link rel=\"stylesheet\" href=\"../assets/gloss.css\"></head><body></body></html>"),
                OutputFile.text("assets/gloss.css", "p { color: blue }")));
        assertFalse(get("/articles/a.html").body().contains(ref), "a changed asset gets a new address");
    }

    private CompletableFuture<HttpResponse<String>> poll(String page) throws Exception {
        String version = get("/__gloss/changes?page=" + page).body();
        return client.sendAsync(request("/__gloss/changes?since=" + version + "&page=" + page),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (java.net.Socket loopback = new java.net.Socket()) {
            loopback.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 5000);
        }
        // On Linux 127.0.0.2 is this machine too: a server on every address (0.0.0.0) would answer there.
        List<java.net.InetAddress> others = new java.util.ArrayList<>(List.of(java.net.InetAddress.getByName("127.0.0.2"),
                java.net.InetAddress.getByName("::1")));
        for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                others.addAll(java.util.Collections.list(nic.getInetAddresses()));
            }
        }
        for (java.net.InetAddress address : others) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(address, server.port()), 5000);
                org.junit.jupiter.api.Assertions.fail("the preview answers on " + address.getHostAddress());
            } catch (java.net.SocketException refused) {
                // Refused (or no such route): nothing listens there.
            }
        }
    }

    /**
     * DNS rebinding: a page on evil.example whose name then resolves to 127.0.0.1 reaches the
     * preview with its own name in Host. Only the loopback names are answered.
     */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "LocalHost:PORT", "[::1]:PORT"})
    void answersTheLoopbackNames(String host) throws IOException {
        assertTrue(rawGet("/data.json", host).startsWith("HTTP/1.1 200"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1.evil.example:PORT", "localhost.:PORT",
        "localhost:1PORT", "127.0.0.1:PORT@evil.example", ""})
    void refusesAnyOtherHost(String host) throws IOException {
        String response = rawGet("/data.json", host);
        assertTrue(response.startsWith("HTTP/1.1 421"), response);
        assertFalse(response.contains("secret"), response);
        assertTrue(rawGet("/__gloss/changes", host).startsWith("HTTP/1.1 421"));
    }

    /** Issue 19: a port in use is one exception naming the port, not a stack trace from the JDK. */
    @Test
    void aPortInUseIsReportedAsSuch() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PreviewServer.PortInUseException e = org.junit.jupiter.api.Assertions.assertThrows(
                    PreviewServer.PortInUseException.class,
                    () -> PreviewServer.start(InetAddress.getLoopbackAddress(), taken.getLocalPort()));
            assertEquals(taken.getLocalPort(), e.port());
        }
    }

    /**
     * Issue 19: {@code --bind 0.0.0.0} answers on this machine's addresses by their literals, and
     * still refuses every name but localhost (DNS rebinding).
     */
    @Test
    void boundToEveryAddressItAnswersTheirLiteralsButNoName() throws IOException {
        try (PreviewServer wide = PreviewServer.start(InetAddress.getByName("0.0.0.0"), 0)) {
            wide.publish(List.of(OutputFile.text("data.json", "{\"secret\": 1}")));
            assertTrue(rawGet(wide, "127.0.0.1:PORT").startsWith("HTTP/1.1 200"));
            assertTrue(rawGet(wide, "evil.example:PORT").startsWith("HTTP/1.1 421"));
            for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address && nic.isUp()) {
                        assertTrue(rawGet(wide, a.getHostAddress() + ":PORT").startsWith("HTTP/1.1 200"), a.toString());
                    }
                }
            }
        }
    }

    private static String rawGet(PreviewServer to, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), to.port())) {
            socket.getOutputStream().write(("GET /data.json HTTP/1.1\r\nHost: "
                    + host.replace("PORT", String.valueOf(to.port())) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A request written by hand, so the Host header is exactly what a hostile page would send. */
    private String rawGet(String path, String host) throws IOException {
        server.publish(List.of(OutputFile.text("data.json", "{\"secret\": 1}")));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            String hostLine = host.isEmpty() ? "" : "Host: " + host.replace("PORT", String.valueOf(server.port())) + "\r\n";
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    }
}
