package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.ingest.SiteConfigReader;
import org.gloss.render.SiteUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built sample site works from the file tree and under its GitHub Pages sub-path served over
 * HTTP: every internal link, asset and fragment resolves, nothing a browser would fetch is on
 * another host, and the search index's links land on real paragraphs.
 */
class SiteLinksTest {

    @TempDir
    static Path tmp;
    static Path site;
    static HttpServer server;
    static String basePath;

    @BeforeAll
    static void buildAndServe() throws IOException {
        site = SiteFixture.build(tmp);
        basePath = new SiteUrls(SiteConfigReader.read(SiteFixture.CONTENT).baseUrl()).basePath();
        if (basePath.isEmpty()) {
            basePath = "/reader/";
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(basePath, SiteLinksTest::serve);
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Like GitHub Pages: files under the sub-path, folders serve index.html, anything else 404.html. */
    private static void serve(HttpExchange ex) throws IOException {
        String rel = URLDecoder.decode(ex.getRequestURI().getRawPath().substring(basePath.length()), StandardCharsets.UTF_8);
        Path file = site.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
        int status = 200;
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            file = site.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void everyInternalReferenceResolvesInTheFileTree() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = SiteFixture.files(site, ".html");
        assertTrue(pages.size() > 5, "the sample site has pages");
        for (Path page : pages) {
            if (page.getFileName().toString().equals("404.html")) {
                continue; // served at any depth, so it links from the base path: checked over HTTP below
            }
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (LinkAudit.Ref ref : LinkAudit.refs(doc)) {
                if (!LinkAudit.isExternal(ref.url())) {
                    checkFile(page, ref.url(), broken);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void searchIndexLinksLandOnRealParagraphsQuotesAndTerms() throws IOException {
        Set<String> kinds = new HashSet<>();
        List<String> broken = new ArrayList<>();
        int documents = 0;
        Pattern shard = Pattern.compile("^GlossSearch\\.loaded\\(\"(d\\d+)\",(.*)\\);\\s*$", Pattern.DOTALL);
        for (Path f : SiteFixture.files(site.resolve("assets/search"), ".js")) {
            Matcher m = shard.matcher(Files.readString(f));
            if (!f.getFileName().toString().startsWith("d")) {
                continue;
            }
            assertTrue(m.find(), "a document shard is a script calling GlossSearch.loaded: " + f);
            assertEquals(f.getFileName().toString(), m.group(1) + ".js");
            for (JsonNode d : new ObjectMapper().readTree(m.group(2))) {
                documents++;
                kinds.add(d.get("kind").asText());
                String href = d.get("href").asText();
                assertFalse(LinkAudit.isExternal(href) || href.startsWith("/"), "relative: " + href);
                checkFile(site.resolve("search.html"), href, broken);
            }
        }
        assertTrue(Files.readString(site.resolve("assets/search-index.js")).contains("\"documents\":" + documents + ","));
        assertEquals(Set.of("article", "paragraph", "quote", "term"), kinds);
        assertEquals(List.of(), broken);
    }

    @Test
    void nothingFetchedComesFromAnotherHost() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path page : SiteFixture.files(site, ".html")) {
            for (LinkAudit.Ref ref : LinkAudit.refs(Jsoup.parse(page.toFile(), "UTF-8"))) {
                if (LinkAudit.isExternal(ref.url()) && !ref.mayBeExternal()) {
                    offending.add(site.relativize(page) + ": <" + ref.tag() + "> " + ref.url());
                }
            }
        }
        for (Path css : SiteFixture.files(site, ".css")) {
            Matcher m = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)").matcher(Files.readString(css));
            while (m.find()) {
                if (LinkAudit.isExternal(m.group(1)) && !m.group(1).startsWith("data:")) {
                    offending.add(site.relativize(css) + ": " + m.group(1));
                }
            }
        }
        for (Path js : SiteFixture.files(site, ".js")) {
            String text = Files.readString(js);
            for (String api : LinkAudit.REQUEST_APIS) {
                // The index's fragments hold article text, which may mention any of these words.
                if (text.contains(api) && !js.getParent().getFileName().toString().equals("search")) {
                    offending.add(site.relativize(js) + ": uses " + api);
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void everyPageHasOneCanonicalLinkFromTheBaseUrl() throws IOException {
        String base = SiteConfigReader.read(SiteFixture.CONTENT).baseUrl();
        for (Path page : SiteFixture.files(site, ".html")) {
            String rel = site.relativize(page).toString().replace('\\', '/');
            var links = Jsoup.parse(page.toFile(), "UTF-8").select("link[rel=canonical]");
            if (rel.equals("404.html")) {
                assertTrue(links.isEmpty(), "404 has no canonical address");
                continue;
            }
            assertEquals(1, links.size(), rel);
            String href = links.first().attr("href");
            assertTrue(href.startsWith(base), rel + " → " + href);
            assertEquals(new SiteUrls(base).absolute(rel), href);
        }
    }

    @Test
    void theWholeSiteResolvesUnderItsSubPathOverHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI start = root().resolve("index.html");
        Deque<URI> queue = new ArrayDeque<>(List.of(start, root().resolve("search.html")));
        Set<URI> seen = new HashSet<>(queue);
        Map<URI, Document> pages = new HashMap<>();
        List<String> broken = new ArrayList<>();
        List<URI[]> fragments = new ArrayList<>();
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                broken.add(uri + " → " + r.statusCode());
                continue;
            }
            if (!uri.getPath().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(r.body(), uri.toString());
            pages.put(uri, doc);
            for (LinkAudit.Ref ref : LinkAudit.refs(doc)) {
                if (LinkAudit.isExternal(ref.url())) {
                    continue;
                }
                URI target = uri.resolve(ref.url().replace(" ", "%20"));
                URI noFragment = new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null);
                if (target.getFragment() != null && !target.getFragment().isEmpty()) {
                    fragments.add(new URI[] {uri, target});
                }
                if (seen.add(noFragment)) {
                    queue.add(noFragment);
                }
            }
        }
        for (URI[] f : fragments) {
            URI page = new URI(f[1].getScheme(), f[1].getAuthority(), f[1].getPath(), null, null);
            Document target = pages.get(page);
            if (target != null && target.getElementById(f[1].getFragment()) == null) {
                broken.add(f[0] + " → #" + f[1].getFragment() + " missing on " + page);
            }
        }
        assertTrue(pages.size() > 5, "crawled the site: " + pages.size());
        assertEquals(List.of(), broken);
    }

    @Test
    void notFoundPageWorksAtAnyDepth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI missing = root().resolve("no/such/deep/page.html");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(missing).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        Document doc = Jsoup.parse(r.body(), missing.toString());
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (LinkAudit.Ref ref : LinkAudit.refs(doc)) {
            if (LinkAudit.isExternal(ref.url()) || ref.url().startsWith("#")) {
                continue; // same-page fragments (the skip link) need no request
            }
            URI target = missing.resolve(ref.url());
            int status = http.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            checked++;
            if (status != 200) {
                broken.add(ref.url() + " → " + status);
            }
        }
        assertTrue(checked >= 5, "404 page links to the site and loads its assets");
        assertEquals(List.of(), broken);
    }

    private static URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
    }

    /** Resolves {@code url} from {@code page} in the file tree; records it if the file or id is missing. */
    private static void checkFile(Path page, String url, List<String> broken) throws IOException {
        if (url.startsWith("/")) {
            broken.add(site.relativize(page) + ": root-absolute " + url + " breaks under a sub-path and file://");
            return;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty() ? page
                : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            broken.add(site.relativize(page) + ": " + url + " (no such file)");
        } else if (!fragment.isEmpty() && target.toString().endsWith(".html")
                && Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
            broken.add(site.relativize(page) + ": " + url + " (no element with that id)");
        }
    }
}
