package org.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 19: {@code gloss serve}'s port, address and messages. */
@Timeout(120) // a hang guard only
class ServeCommandTest {

    @TempDir
    Path tmp;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path content() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/a.md"), "---\ntitle: A title\n---\n\nSome text here.\n");
        return content;
    }

    /** It was a 30-line stack trace. */
    @Test
    void aPortInUseIsOneLineAndExitOne() throws Exception {
        Path content = content();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int code = run(new StringWriter(), err, "serve", "--content", content.toString(), "--templates",
                    tmp.resolve("none").toString(), "--out", tmp.resolve("site").toString(),
                    "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, code, err.toString());
            assertEquals("gloss serve: port " + taken.getLocalPort()
                    + " is in use; try --port 0 for any free port, or --port N", err.toString().strip());
        }
        assertFalse(Files.exists(tmp.resolve("site")), "the port is taken before anything is built");
    }

    @Test
    void bindTakesAnIpAddressOnly() throws Exception {
        Path content = content();
        for (String bad : new String[] {"evil.example", "localhost", "300.1.1.1x", ""}) {
            StringWriter err = new StringWriter();
            assertEquals(2, run(new StringWriter(), err, "serve", "--content", content.toString(), "--bind", bad), bad);
            assertTrue(err.toString().contains("--bind takes an IP address"), err.toString());
        }
        assertEquals("127.0.0.1", ServeCommand.ipAddress("127.0.0.1").getHostAddress());
        assertTrue(ServeCommand.ipAddress("::").isAnyLocalAddress());
        assertTrue(ServeCommand.ipAddress("0.0.0.0").isAnyLocalAddress());
    }

    /** {@code --port 0} picks a free port and says which; {@code --bind} warns who else can read the site. */
    @Test
    void portZeroPrintsTheAddressItChoseAndBindWarns() throws Exception {
        Path content = content();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serve = new Thread(() -> run(out, err, "serve", "--content", content.toString(), "--templates",
                tmp.resolve("none").toString(), "--out", tmp.resolve("site").toString(), "--port", "0",
                "--bind", "0.0.0.0"));
        serve.start();
        try {
            Matcher m = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/ on a free port").matcher("");
            while (!m.reset(out.toString()).find()) {
                assertTrue(serve.isAlive(), out + "\n" + err);
                Thread.sleep(20);
            }
            int port = Integer.parseInt(m.group(1));
            assertTrue(port > 0);
            HttpResponse<String> index = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/index.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            assertTrue(err.toString().startsWith("gloss serve: warning: listening on 0.0.0.0: other machines"),
                    err.toString());
        } finally {
            serve.interrupt();
            serve.join();
        }
    }
}
