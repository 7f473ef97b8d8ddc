package org.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gloss check}: exit 0 on a sound site, 1 with every problem listed on a broken one. */
class CheckCommandTest {

    @TempDir
    Path dir;


    @Test
    void builtSiteChecksClean() {
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--content", "content", "--templates", "templates", "--out", site.toString()).code());
        CliRun check = run("check", "--out", site.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("no problems"), check.out());
    }

    /** The gate bites: a link broken on purpose in a built site fails the command and is named. */
    @Test
    void brokenSiteFailsWithEveryProblemListed() throws IOException {
        Path site = dir.resolve("site");
        run("build", "--content", "content", "--templates", "templates", "--out", site.toString());
        Path index = site.resolve("index.html");
        Files.writeString(index, Files.readString(index).replace("</main>",
                "<a href=\"articles/no-such-article.html\">gone</a><a href=\"glossary.html#term-nothing\">x</a>"
                        + "<img src=\"https://tracker.example/pixel.gif\" alt=\"\"></main>"));
        CliRun check = run("check", "--out", site.toString());
        assertEquals(1, check.code());
        assertTrue(check.err().contains("index.html: error: broken link, no file articles/no-such-article.html"),
                check.err());
        assertTrue(check.err().contains("no id \"term-nothing\" in glossary.html"), check.err());
        assertTrue(check.err().contains("external host"), check.err());
        assertTrue(check.err().contains("3 problems found"), check.err());
    }

    /** Acronyms without a glossary entry are named with their article, as warnings that don't fail. */
    @Test
    void unexplainedAcronymsAreListedAsWarnings() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("glossary.yml"), "- term: NATO\n  definition: An alliance.\n");
        Files.writeString(content.resolve("articles/a.md"), "---\ntitle: Talks\n---\n\n"
                + "NATO ministers met the OSCE envoy on Monday, and the OSCE said talks would go on.\n");
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--content", content.toString(), "--out", site.toString()).code());
        CliRun check = run("check", "--out", site.toString(), "--content", content.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.err().contains("articles/a.md") && check.err().contains("OSCE"), check.err());
        assertFalse(check.err().contains("NATO"), check.err());
    }

    @Test
    void missingSiteFails() {
        CliRun check = run("check", "--out", dir.resolve("absent").toString());
        assertEquals(1, check.code());
        assertTrue(check.err().contains("no built site"), check.err());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
