package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gloss.BuildException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    }
}
