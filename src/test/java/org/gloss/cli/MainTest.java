package org.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void helpAndVersionExitZero() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "--help"));
        assertTrue(out.toString().contains("build"), out.toString());
        assertEquals(0, run(new StringWriter(), new StringWriter(), "--version"));
        assertEquals(0, run(new StringWriter(), new StringWriter(), "build", "--help"));
    }

    /** A wrong choice names the choices, not a Java enum (issue 19). */
    @Test
    void aPaperSizeNotOfferedListsTheChoices() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "packet", "--paper", "a5"));
        assertTrue(err.toString().contains("'a5' is not a paper size; choose one of a4, letter"), err.toString());
        assertTrue(!err.toString().contains("enum"), err.toString());
    }

    @Test
    void usageListsEveryCommandAndHelpExplainsEach() {
        // Only the named command is registered when there is one; without, all must be.
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "--help"));
        for (String command : new String[] {"build", "convert", "check", "archive", "packet", "serve"}) {
            assertTrue(out.toString().contains("  " + command), command + " missing from:\n" + out);
            StringWriter help = new StringWriter();
            assertEquals(0, run(help, new StringWriter(), "help", command));
            assertTrue(help.toString().contains("Usage: gloss " + command), help.toString());
        }
    }

    /** The benchmarks are gloss-bench's (bin/gloss-bench), not the production command line's (issue 17). */
    @Test
    void theBenchmarksAreNotGlossCommands() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "--help"));
        assertTrue(!out.toString().contains("bench"), out.toString());
        assertEquals(2, run(new StringWriter(), new StringWriter(), "bench", "--articles", "5"));
        assertEquals(2, run(new StringWriter(), new StringWriter(), "bench-extraction", "."));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run(new StringWriter(), new StringWriter(), "build", "--no-such-option"));
        assertEquals(2, run(new StringWriter(), new StringWriter(), "frobnicate"));
        assertEquals(2, run(new StringWriter(), new StringWriter()));
    }

    @Test
    void buildWritesTheSiteAndExitsZero(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/a.md"), "---\ntitle: A title\n---\n\nSome text here.\n");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "build", "--content", content.toString(), "--out", out.toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.exists(out.resolve("articles/a.html")));
    }

    @Test
    void brokenSiteConfigFailsWithExitOneAndNamesTheFile(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yml"), "title: [unclosed\n");
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "build", "--content", content.toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("site.yml:"), err.toString());
        assertTrue(Files.notExists(tmp.resolve("out")));
    }
}
