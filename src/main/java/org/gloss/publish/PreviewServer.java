package org.gloss.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;

/**
 * Serves a built site from memory, on 127.0.0.1 unless asked otherwise, for previews while
 * editing. Pages are looked up by path in the site's file list — never on disk — so no request
 * can reach outside the site. HTML responses get a live-reload script added on the way out, and their references
 * to the site's assets a content version, so the browser keeps assets between reloads (the site
 * itself is not changed); the script long-polls {@code /__gloss/changes} with its page's path and
 * the version the page was served at, and reloads the tab when a later version changes what that
 * page shows, so a rebuild reloads only the tabs it concerns, and a rebuild published in steps
 * ({@link #publishPages}) reloads each tab once. A failed rebuild is shown on every open tab as
 * an overlay ({@link #showError}) until a build succeeds again. A request naming another host is
 * refused ({@link LoopbackHosts}).
 */
public final class PreviewServer implements AutoCloseable {

    /** Path prefix of the server's own endpoints; no site file can live there. */
    static final String PREFIX = "/__gloss/";
    private static final long LONG_POLL_MILLIS = 25_000;
    /** How many versions' changes are remembered; a tab further behind just reloads. */
    private static final int HISTORY = 256;
    private static final String SEARCH_INDEX = SiteLayout.SEARCH_INDEX;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final String NO_STORE = "no-store";
    private static final String IMMUTABLE = "max-age=31536000, immutable";

    private final HttpServer server;
    private final ExecutorService threads;
    private final LoopbackHosts hosts;
    private final byte[] script;
    private final Object lock = new Object();
    private Map<String, byte[]> files = Map.of();
    private long version;
    /** Each asset's last content version, by path. */
    private final Map<String, AssetVersion> assetVersions = new ConcurrentHashMap<>();
    /** The paths each recent version changed, oldest first. */
    private final Deque<Change> history = new ArrayDeque<>();
    /** How many long polls wait, by the page they are for ("" for none). */
    private final Map<String, Integer> waiting = new HashMap<>();
    /** Tabs told to reload that have not yet polled again from the reloaded page. */
    private int reloading;
    /** Why the last rebuild failed, shown over every tab; null once a build succeeds. */
    private String error;
    /** Numbers each error shown, so that a tab showing an older one is told the newer one. */
    private long errorId;

    private PreviewServer(HttpServer server, ExecutorService threads, LoopbackHosts hosts) {
        this.server = server;
        this.threads = threads;
        this.hosts = hosts;
        this.script = loadScript();
    }

    /** Starts serving on 127.0.0.1:{@code port} (0 picks a free port). */
    public static PreviewServer start(int port) {
        return start(InetAddress.getLoopbackAddress(), port);
    }

    /**
     * Starts serving on {@code address}:{@code port} (0 picks a free port). Besides the loopback
     * names, requests naming {@code address} by its IP literal are answered (for the wildcard
     * address, any address of this machine's interfaces), never another name.
     *
     * @throws PortInUseException when another program listens on that port
     * @throws UncheckedIOException when the server cannot listen there for another reason
     */
    public static PreviewServer start(InetAddress address, int port) {
        // The JDK server writes headers and body in separate packets; with Nagle's algorithm on,
        // each response then waits for the browser's delayed ACK (~40 ms), and a page with eight
        // stylesheets and scripts took 0.3 s to load. Read once, when the first server starts.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (BindException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("in use")) {
                throw new PortInUseException(address, port, e);
            }
            throw new UncheckedIOException("cannot listen on " + hostPort(address, port) + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + hostPort(address, port) + ": " + e.getMessage(), e);
        }
        // Long polls hold a thread each, so the default single-thread executor would stall.
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gloss-preview");
            t.setDaemon(true);
            return t;
        });
        PreviewServer preview = new PreviewServer(http, threads, new LoopbackHosts(http.getAddress().getPort(),
                addressesOf(address)));
        http.createContext("/", preview::handle);
        http.setExecutor(threads);
        http.start();
        return preview;
    }

    /** {@code address:port} as a URL writes it ({@code [::]:8080} for IPv6). */
    public static String hostPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The addresses a client can reach {@code bound} by: itself, or every interface's for the wildcard. */
    private static Set<InetAddress> addressesOf(InetAddress bound) {
        if (!bound.isAnyLocalAddress()) {
            return Set.of(bound);
        }
        Set<InetAddress> all = new HashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                all.addAll(Collections.list(nic.getInetAddresses()));
            }
        } catch (SocketException e) {
            // No interface list: only the loopback names are answered.
        }
        return all;
    }

    /** Another program already listens on the port the preview was asked to use. */
    public static final class PortInUseException extends RuntimeException {
        private final int port;

        PortInUseException(InetAddress address, int port, BindException cause) {
            super(hostPort(address, port) + " is in use", cause);
            this.port = port;
        }

        /** The port asked for. */
        public int port() {
            return port;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Installs the whole site as the next version; tabs whose page it changes reload. */
    public void publish(List<OutputFile> site) {
        Map<String, byte[]> byPath = new HashMap<>();
        site.forEach(f -> byPath.put(f.path(), f.content()));
        synchronized (lock) {
            install(byPath);
        }
    }

    /**
     * Installs the pages a rebuild has made so far, before the rest, as the next version: files
     * of the last version these do not replace stay (when {@code allPages}, except HTML pages,
     * which the rebuild has then made every one of, so a deleted article's page goes). Tabs whose
     * page changed reload at once; {@link #publish} installs the rest when it is made.
     */
    public void publishPages(List<OutputFile> pages, boolean allPages) {
        synchronized (lock) {
            Map<String, byte[]> byPath = new HashMap<>();
            files.forEach((path, bytes) -> {
                if (!allPages || !path.endsWith(".html")) {
                    byPath.put(path, bytes);
                }
            });
            pages.forEach(f -> byPath.put(f.path(), f.content()));
            install(byPath);
        }
    }

    /**
     * Waits until the tabs that the last installs told to reload have loaded their page again
     * (its script's first poll says so), or {@code max} has passed. A rebuild calls this before
     * its remaining work, so that a reloading tab has the CPU to itself: on two cores, the rest of
     * a rebuild delayed the reloaded page's first paint by ~15 ms (of ~90).
     */
    public void awaitReloads(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (lock) {
            try {
                for (long left = max.toNanos(); reloading > 0 && left > 0; left = deadline - System.nanoTime()) {
                    lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // A tab closed while reloading never polls again: stop counting it.
            reloading = 0;
        }
    }

    /**
     * Shows {@code message} (a failed rebuild's problems) over every open tab, and over every page
     * loaded later, until {@link #clearError}: the browser otherwise shows the last good version as
     * if the save had worked.
     */
    public void showError(String message) {
        synchronized (lock) {
            error = message;
            errorId++;
            lock.notifyAll();
        }
    }

    /** Removes the overlay of {@link #showError} from every tab (a build succeeded). */
    public void clearError() {
        synchronized (lock) {
            if (error != null) {
                error = null;
                lock.notifyAll();
            }
        }
    }

    /** How many long polls are waiting for a change. */
    int waitingPolls() {
        synchronized (lock) {
            return waiting.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The version tabs currently see; it grows by one with every install that changes a file. */
    long version() {
        synchronized (lock) {
            return version;
        }
    }

    /** Makes {@code next} the site, recording which paths changed (caller holds the lock). */
    private void install(Map<String, byte[]> next) {
        Set<String> changed = new HashSet<>();
        next.forEach((path, bytes) -> {
            byte[] old = files.get(path);
            // Reused files are the same array: most comparisons end at the first test.
            if (old != bytes && (old == null || !Arrays.equals(old, bytes))) {
                changed.add(path);
            }
        });
        files.keySet().stream().filter(path -> !next.containsKey(path)).forEach(changed::add);
        files = next;
        if (!changed.isEmpty()) {
            waiting.forEach((page, polls) -> {
                if (affects(changed, page.isEmpty() ? null : page)) {
                    reloading += polls;
                }
            });
            version++;
            history.addLast(new Change(version, changed));
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
            lock.notifyAll();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                send(ex, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!hosts.allows(ex.getRequestHeaders().getFirst("Host"))) {
                send(ex, 421, "text/plain", "this preview answers only its own addresses and localhost"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = ex.getRequestURI();
            String path = uri.getPath();
            if (path.equals(PREFIX + "live-reload.js")) {
                send(ex, 200, "text/javascript", script);
            } else if (path.equals(PREFIX + "changes")) {
                send(ex, 200, "text/plain", awaitChange(uri.getRawQuery()).getBytes(StandardCharsets.UTF_8));
            } else {
                serveFile(ex, path);
            }
        }
    }

    private void serveFile(HttpExchange ex, String path) throws IOException {
        String key = siteKey(path);
        byte[] body;
        Map<String, byte[]> site;
        long served;
        synchronized (lock) {
            site = files;
            served = version;
        }
        body = site.get(key);
        if (body == null) {
            send(ex, 404, "text/plain", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = contentType(key);
        if (type.startsWith("text/html")) {
            send(ex, 200, type,
                    withLiveReload(withAssetVersions(key, new String(body, StandardCharsets.UTF_8), site), served));
        } else {
            // An address with its content's version never changes meaning: the browser may keep it,
            // so a reload fetches the page alone, not its eight stylesheets and scripts again.
            String query = ex.getRequestURI().getRawQuery();
            send(ex, 200, type, body, query != null && query.startsWith("v=") ? IMMUTABLE : NO_STORE);
        }
    }

    /**
     * The page with each reference to one of the site's assets ({@code "../assets/gloss.css"})
     * given the asset's content version ({@code "../assets/gloss.css?v=1a2b"}): what lets the
     * browser keep assets between reloads, and fetch one again as soon as it changes.
     */
    private String withAssetVersions(String pageKey, String page, Map<String, byte[]> site) {
        String up = "../".repeat((int) pageKey.chars().filter(c -> c == '/').count());
        for (Map.Entry<String, byte[]> e : site.entrySet()) {
            if (e.getKey().startsWith(SiteLayout.ASSETS)) {
                String ref = "\"" + up + e.getKey() + "\"";
                if (page.contains(ref)) {
                    page = page.replace(ref, "\"" + up + e.getKey() + "?v=" + assetVersion(e.getKey(), e.getValue()) + "\"");
                }
            }
        }
        return page;
    }

    /** A checksum of the asset's bytes, computed once per version of the file. */
    private String assetVersion(String path, byte[] bytes) {
        AssetVersion known = assetVersions.get(path);
        if (known != null && known.bytes() == bytes) {
            return known.version();
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        String version = Long.toHexString(crc.getValue());
        assetVersions.put(path, new AssetVersion(bytes, version));
        return version;
    }

    /**
     * Answers a tab's long poll {@code since=N&page=PATH&shown=E}: "reload" as soon as a version
     * after N changed what the tab shows ({@link #affects}); "error ID" and the message on the
     * next lines when the tab does not show the current error (E is the error it shows, 0 for
     * none), "clear" when it shows one and the error is gone; otherwise, after a while, the current
     * version to poll from next. Without {@code since}, the current version at once; without
     * {@code page}, any change counts.
     */
    private String awaitChange(String query) {
        Map<String, String> params = params(query);
        long since = parseLong(params.get("since"), -1);
        String page = params.containsKey("page") ? siteKey(params.get("page")) : null;
        long shown = parseLong(params.get("shown"), 0);
        long deadline = System.currentTimeMillis() + LONG_POLL_MILLIS;
        synchronized (lock) {
            if (params.containsKey("loaded") && reloading > 0) {
                reloading--;
                lock.notifyAll();
            }
            if (since < 0) {
                return String.valueOf(version);
            }
            String waitingFor = page == null ? "" : page;
            waiting.merge(waitingFor, 1, Integer::sum);
            try {
                while (!changedSince(since, page) && shownError() == shown
                        && System.currentTimeMillis() < deadline) {
                    lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.computeIfPresent(waitingFor, (k, n) -> n == 1 ? null : n - 1);
            }
            if (changedSince(since, page)) {
                return "reload";
            }
            if (shownError() != shown) {
                return error == null ? "clear" : "error " + errorId + "\n" + error;
            }
            return String.valueOf(version);
        }
    }

    /** The error a tab should show: its id, or 0 for none (caller holds the lock). */
    private long shownError() {
        return error == null ? 0 : errorId;
    }

    private static long parseLong(String text, long otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Whether a version after {@code since} changed what {@code page} shows (caller holds the lock). */
    private boolean changedSince(long since, String page) {
        if (version == since) {
            return false;
        }
        if (history.isEmpty() || history.getFirst().version() > since + 1) {
            return true; // older than what is remembered: reload to be safe
        }
        return history.stream().anyMatch(c -> c.version() > since && affects(c.paths(), page));
    }

    /**
     * Whether changing {@code paths} changes what a tab on {@code page} shows: its own file, or
     * the stylesheets and scripts every page loads. The search index is loaded by the search page
     * only, and the files no page loads (Markdown copies, data) by none.
     */
    static boolean affects(Set<String> paths, String page) {
        if (page == null || paths.contains(page)) {
            return true;
        }
        for (String path : paths) {
            if (path.equals(SEARCH_INDEX) ? page.equals(SiteLayout.SEARCH) : path.startsWith(SiteLayout.ASSETS)) {
                return true;
            }
        }
        return false;
    }

    /** The site file a URL path names: {@code /} and folders name their {@code index.html}. */
    private static String siteKey(String path) {
        String key = path.startsWith("/") ? path.substring(1) : path;
        return key.isEmpty() || key.endsWith("/") ? key + SiteLayout.INDEX : key;
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new HashMap<>();
        if (query == null) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /**
     * The page with the live-reload script before its closing body tag (or at the end), told the
     * {@code version} the page was served at, so that it hears of every change after it.
     */
    static byte[] withLiveReload(byte[] html, long version) {
        return withLiveReload(new String(html, StandardCharsets.UTF_8), version);
    }

    private static byte[] withLiveReload(String page, long version) {
        String tag = "<script src=\"" + PREFIX + "live-reload.js\" data-version=\"" + version + "\"></script>";
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        send(ex, status, type, body, NO_STORE);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, String cacheControl)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", cacheControl);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String contentType(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "md" -> "text/markdown; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "woff2" -> "font/woff2";
            default -> "application/octet-stream";
        };
    }

    private static byte[] loadScript() {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** An asset's bytes and their checksum. */
    private record AssetVersion(byte[] bytes, String version) {
    }

    /** The paths one version changed. */
    private record Change(long version, Set<String> paths) {
    }
}
