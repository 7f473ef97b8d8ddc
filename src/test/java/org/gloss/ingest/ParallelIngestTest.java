package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gloss.core.Problem;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** Ingest reads files in parallel; ids and order must still be those of a one-by-one read. */
class ParallelIngestTest {

    @TempDir
    Path content;

    @RepeatedTest(5)
    void idsFollowFileOrderAndSkippedFilesTakeNoId() throws IOException {
        Path dir = Files.createDirectories(content.resolve("articles"));
        Files.write(dir.resolve("story.html"), new byte[0]);
        Files.writeString(dir.resolve("story.md"), "---\ntitle: First\n---\n\nBody one.\n");
        Files.writeString(dir.resolve("story.txt"), "Second\n\nBody two, with enough words to be a paragraph.\n");
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve(String.format("n%02d.md", i)), "---\ntitle: T" + i + "\n---\n\nText " + i + ".\n");
        }

        IngestResult result = new ArticleIngester().ingest(content);

        List<String> ids = result.articles().stream().map(Article::id).toList();
        assertEquals(42, ids.size());
        assertEquals("n00", ids.get(0));
        // Colliding names are told apart by type, whatever order the files are listed or read in.
        assertEquals(List.of("story-md", "story-txt"), ids.subList(40, 42), "the empty story.html takes no id");
        // And, since issue 19, the two stories sharing a name are pointed out (one article in two forms?).
        assertEquals(List.of("articles/story.html", "articles/story.md"),
                result.problems().stream().map(Problem::file).toList());
        assertTrue(result.problems().get(1).message().startsWith("articles/story.md (story-md) and articles/story.txt"
                + " (story-txt) share a name"), result.problems().toString());
    }
}
