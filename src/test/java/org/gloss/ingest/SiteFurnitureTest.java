package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gloss.core.BuildException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A site's own {@code content/furniture.yml} extends the built-in list for every plain-text article. */
class SiteFurnitureTest {

    @TempDir
    Path content;

    @BeforeEach
    void article() throws Exception {
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/a.txt"), """
                Harbour reopens after storm repairs

                The harbour reopened on Monday after three weeks of repairs, the port authority said.

                Brought to you by Acme Anchors and Chains

                Fishing boats were the first to return, followed by the ferry to the islands.
                """);
    }

    private String body() {
        IngestResult r = ArticleIngester.forContent(content).ingest(content);
        assertEquals(1, r.articles().size(), r.problems().toString());
        return r.articles().get(0).body();
    }

    @Test
    void withoutTheFileTheLineIsStoryText() {
        assertTrue(body().contains("Brought to you by Acme"));
    }

    @Test
    void aPatternInTheSitesFileDropsTheLine() throws Exception {
        Files.writeString(content.resolve("furniture.yml"), "lines:\n  - 'brought to you by .*'\n");
        String body = body();
        assertFalse(body.contains("Brought to you by"), body);
        assertTrue(body.contains("Fishing boats were the first to return"), body);
    }

    @Test
    void aBrokenFileStopsTheBuildNamingIt() throws Exception {
        Files.writeString(content.resolve("furniture.yml"), "lines:\n  - '(unclosed'\n");
        BuildException e = assertThrows(BuildException.class, () -> ArticleIngester.forContent(content));
        assertTrue(e.getMessage().contains("furniture.yml"), e.getMessage());
        assertEquals(2, e.problems().get(0).line(), "the bad pattern's line");
    }

    /**
     * Issue 16, item 10: {@code (.*a){12}} backtracks for a minute on one line of a file. The
     * matcher is stopped after its budget, the line is kept, the pattern is dropped for the rest
     * of the build, and the build warns about it naming the file.
     */
    @Test
    @Timeout(60) // a hang guard only: the file reads in well under a second
    void aCatastrophicPatternIsStoppedAndReported() throws Exception {
        Files.writeString(content.resolve("furniture.yml"), "lines:\n  - '(.*a){12}'\n  - 'brought to you by .*'\n");
        Files.writeString(content.resolve("articles/b.txt"), """
                Another harbour story for the reader

                The ferry returned to the harbour on Tuesday after the storm had passed, officials said.

                A banana, a papaya and a mango salad was sold at a cafe on a plaza as a snack all day, said staff.

                Brought to you by Acme Anchors and Chains

                Fishing boats were the first to return, followed by the ferry to the islands once more.
                """);
        IngestResult r = ArticleIngester.forContent(content).ingest(content);
        assertEquals(2, r.articles().size(), r.problems().toString());
        assertTrue(r.articles().stream().allMatch(a -> a.body().contains("The harbour reopened")
                || a.body().contains("The ferry returned")), "story lines kept");
        assertTrue(r.articles().stream().noneMatch(a -> a.body().contains("Brought to you by")), "other patterns apply");
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("furniture.yml:2:5: warning: pattern '(.*a){12}' backtracks too much on some lines, so it is no"
                + " longer applied (those lines are kept); simplify it", r.problems().get(0).toString());
    }
}
