package org.gloss.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gloss.Gloss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gloss-bench}, the benchmarks' own command line (issue 17: not in the production jar). */
class BenchMainTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void usageListsBothBenchmarksAndHelpExplainsEach() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "--help"));
        for (String command : new String[] {"bench", "extraction"}) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from:\n" + out);
            StringWriter help = new StringWriter();
            assertEquals(0, run(help, new StringWriter(), "help", command));
            assertTrue(help.toString().contains("Usage: gloss-bench " + command), help.toString());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run(new StringWriter(), new StringWriter()));
        assertEquals(2, run(new StringWriter(), new StringWriter(), "build"));
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "bench", "--runs", "0"));
        assertTrue(err.toString().contains("gloss-bench: error:"), err.toString());
        assertEquals(2, run(new StringWriter(), new StringWriter(), "extraction", "no/such/folder"));
    }

    @Test
    void generateOnlyWritesTheCorpus(@TempDir Path tmp) throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "bench", "--articles", "3", "--generate-only", "--out", tmp.toString()));
        try (var articles = Files.list(tmp.resolve("content/articles"))) {
            assertEquals(3, articles.count(), out.toString());
        }
    }

    /** A class-data archive recorded for the production jar matches only a class path that begins with it. */
    @Test
    void timedJvmsFindTheProductionClassesFirst() throws Exception {
        Path production = Path.of(Gloss.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String[] entries = BenchRunner.classPath().split(File.pathSeparator);
        assertEquals(production.toAbsolutePath().normalize().toString(), entries[0]);
        for (int i = 1; i < entries.length; i++) {
            assertTrue(!Path.of(entries[i]).toAbsolutePath().normalize().equals(Path.of(entries[0])), "twice: " + entries[i]);
        }
    }
}
