package org.gloss.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from memory on 127.0.0.1 only, for previews while editing. Pages are
 * looked up by path in the site's file list — never on disk — so no request can reach outside
 * the site. HTML responses get a live-reload script added on the way out (the site itself is
 * not changed); the script long-polls {@code /__gloss/changes} and reloads the tab when
 * {@link #publish} installs a new version.
 */
public final class PreviewServer implements AutoCloseable {

    /** Path prefix of the server's own endpoints; no site file can live there. */
    public static final String PREFIX = "/__gloss/";
    private static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "live-reload.js\"></script>";
    private static final long LONG_POLL_MILLIS = 25_000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] script;
    private final Object lock = new Object();
    private Map<String, byte[]> files = Map.of();
    private long version;

    private PreviewServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
        this.script = loadScript();
    }

    /** Starts serving on 127.0.0.1:{@code port} (0 picks a free port). */
    public static PreviewServer start(int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            // Long polls hold a thread each, so the default single-thread executor would stall.
            ExecutorService threads = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "gloss-preview");
                t.setDaemon(true);
                return t;
            });
            PreviewServer preview = new PreviewServer(http, threads);
            http.createContext("/", preview::handle);
            http.setExecutor(threads);
            http.start();
            return preview;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Installs a new version of the site and wakes every waiting tab. */
    public void publish(List<OutputFile> site) {
        Map<String, byte[]> byPath = new HashMap<>();
        site.forEach(f -> byPath.put(f.path(), f.content()));
        synchronized (lock) {
            files = byPath;
            version++;
            lock.notifyAll();
        }
    }

    /** The version tabs currently see; it grows by one with every {@link #publish}. */
    public long version() {
        synchronized (lock) {
            return version;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                send(ex, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = ex.getRequestURI();
            String path = uri.getPath();
            if (path.equals(PREFIX + "live-reload.js")) {
                send(ex, 200, "text/javascript", script);
            } else if (path.equals(PREFIX + "changes")) {
                send(ex, 200, "text/plain", String.valueOf(awaitChange(uri.getQuery())).getBytes(StandardCharsets.UTF_8));
            } else {
                serveFile(ex, path);
            }
        }
    }

    private void serveFile(HttpExchange ex, String path) throws IOException {
        String key = path.startsWith("/") ? path.substring(1) : path;
        if (key.isEmpty() || key.endsWith("/")) {
            key += "index.html";
        }
        byte[] body;
        synchronized (lock) {
            body = files.get(key);
        }
        if (body == null) {
            send(ex, 404, "text/plain", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = contentType(key);
        send(ex, 200, type, type.startsWith("text/html") ? withLiveReload(body) : body);
    }

    /** Blocks until the site version differs from {@code since=N}, or for a while; returns the version. */
    private long awaitChange(String query) {
        long since = -1;
        if (query != null && query.startsWith("since=")) {
            try {
                since = Long.parseLong(query.substring(6));
            } catch (NumberFormatException e) {
                since = -1;
            }
        }
        long deadline = System.currentTimeMillis() + LONG_POLL_MILLIS;
        synchronized (lock) {
            try {
                while (version == since && System.currentTimeMillis() < deadline) {
                    lock.wait(Math.max(1, deadline - System.currentTimeMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return version;
        }
    }

    /** The page with the live-reload script before its closing body tag (or at the end). */
    static byte[] withLiveReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + SCRIPT_TAG : page.substring(0, at) + SCRIPT_TAG + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
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
}
