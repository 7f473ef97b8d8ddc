package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        assertTrue(index.body().contains("<p>Hello</p><script src=\"/__gloss/live-reload.js\"></script></body>"));
        assertEquals("// js </body>", get("/assets/gloss.js").body());
        assertTrue(get("/__gloss/live-reload.js").body().contains("/__gloss/changes"));
    }

    @Test
    void theSiteItselfNeverCarriesTheScript() {
        byte[] original = PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] served = PreviewServer.withLiveReload(original);
        assertFalse(new String(original, java.nio.charset.StandardCharsets.UTF_8).contains("live-reload"));
        assertTrue(new String(served, java.nio.charset.StandardCharsets.UTF_8).contains("live-reload"));
    }

    @Test
    void unknownAndEscapingPathsAreNotFound() throws Exception {
        assertEquals(404, get("/missing.html").statusCode());
        assertEquals(404, get("/articles/../../../etc/passwd").statusCode());
        assertEquals(404, get("/%2e%2e/%2e%2e/etc/passwd").statusCode());
    }

    @Test
    void aWaitingTabHearsOfTheNextVersion() throws Exception {
        String before = get("/__gloss/changes").body();
        CompletableFuture<HttpResponse<String>> waiting = client.sendAsync(
                request("/__gloss/changes?since=" + before), HttpResponse.BodyHandlers.ofString());
        server.publish(List.of(OutputFile.text("index.html", "<p>changed</p>")));
        assertEquals(String.valueOf(Long.parseLong(before) + 1), waiting.get().body());
        assertTrue(get("/").body().contains("changed"));
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.port() > 0);
        assertEquals("127.0.0.1", java.net.InetAddress.getLoopbackAddress().getHostAddress());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    }
}
