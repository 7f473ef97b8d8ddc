package org.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gloss new}: the project it writes builds and checks cleanly through the steps its Pages
 * workflow runs, and shows what Gloss does (a quotation linked across the three example
 * articles, glossary terms marked).
 */
class NewCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aNewReaderBuildsAndChecksThroughTheWorkflowsSteps() throws Exception {
        Path dir = tmp.resolve("my-reader");
        assertEquals(0, run("new", dir.toString()).code());
        for (String f : new String[] {"content/site.yml", "content/glossary.yml", ".gitignore", "README.md",
                "templates/README.md", ".github/workflows/pages.yml"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        String workflow = Files.readString(dir.resolve(".github/workflows/pages.yml"));
        assertTrue(workflow.contains("sha256sum -c"), "the jar's checksum is checked");
        assertFalse(workflow.contains("${version}") || workflow.contains("${repository}"), workflow);

        // The workflow's own steps: build, then check, from the project folder's layout.
        CliRun build = run("build", "--content", dir.resolve("content").toString(), "--templates",
                dir.resolve("templates").toString(), "--out", dir.resolve("site").toString(), "--strict");
        assertEquals(0, build.code(), build.err());
        CliRun check = run("check", "--out", dir.resolve("site").toString(), "--content",
                dir.resolve("content").toString());
        assertEquals(0, check.code(), check.err());

        Path articles = dir.resolve("site/articles");
        try (var pages = Files.list(articles)) {
            assertEquals(3, pages.count(), "one page per example article, .md, .txt and .html");
        }
        Document md = Jsoup.parse(dir.resolve("site/articles/council-meeting.html").toFile(), "UTF-8");
        assertFalse(md.select("a.quote-marker").isEmpty(), "the shared quotation links to its other printings");
        assertFalse(md.select("[data-term=EA]").isEmpty(), "a glossary term is marked");
        Document txt = Jsoup.parse(dir.resolve("site/articles/campaigners.html").toFile(), "UTF-8");
        assertFalse(txt.text().contains("Follow us on Twitter"), "page furniture is dropped from pasted text");
    }

    @Test
    void aFolderThatHoldsSomethingIsLeftAlone() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun r = run("new", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("already exists"), r.err());
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count());
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
