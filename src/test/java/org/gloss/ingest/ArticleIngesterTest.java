package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader that crashes, overflows its stack or hangs costs one article, never the build. */
class ArticleIngesterTest {

    @TempDir
    Path content;

    private static final ArticleReader PLAIN = new PlainTextArticleReader();

    /** Plain-text reading, except for files whose text starts with a trigger word. */
    private static final ArticleReader TRAPPED = (text, name) -> {
        if (text.startsWith("CRASH")) {
            throw new IllegalStateException("reader bug");
        }
        if (text.startsWith("RECURSE")) {
            return recurse(0);
        }
        if (text.startsWith("HANG")) {
            // Ignores interrupts, like a runaway regular expression; stops after a while so the
            // abandoned thread does not burn CPU for the rest of the test run.
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        return PLAIN.read(text, name);
    };

    private static ConvertedArticle recurse(int depth) {
        return depth < 0 ? null : recurse(depth + 1);
    }

    @Test
    void readerFailuresBecomeWarningsNamingTheFile() throws IOException {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Files.writeString(articles.resolve("a-good.txt"), "Headline\n\nA paragraph of words.\n");
        Files.writeString(articles.resolve("crash.txt"), "CRASH\n\nwords words\n");
        Files.writeString(articles.resolve("deep.txt"), "RECURSE\n\nwords words\n");
        Files.writeString(articles.resolve("z-good.txt"), "Headline two\n\nAnother paragraph of words.\n");

        IngestResult r = new ArticleIngester(Map.of("txt", TRAPPED), Duration.ofSeconds(60)).ingest(content);

        assertEquals(List.of("a-good", "z-good"), r.articles().stream().map(Article::id).toList());
        assertProblem(r, "articles/crash.txt", "internal error while reading this file (IllegalStateException: reader bug)");
        assertProblem(r, "articles/deep.txt", "internal error while reading this file (StackOverflowError");
    }

    @Test
    void readerThatHangsIsGivenUpOnAndTheNextFileRead() throws IOException {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Files.writeString(articles.resolve("hang.txt"), "HANG\n\nwords words\n");
        Files.writeString(articles.resolve("next.txt"), "Headline two\n\nAnother paragraph of words.\n");

        IngestResult r = new ArticleIngester(Map.of("txt", TRAPPED), Duration.ofMillis(300)).ingest(content);

        assertEquals(List.of("next"), r.articles().stream().map(Article::id).toList());
        assertProblem(r, "articles/hang.txt", "reading took longer than 0.3 s");
    }

    @Test
    void unsafeUrlIsDroppedWithANote() throws IOException {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Headline\n\nA paragraph of words.\n");
        Files.writeString(articles.resolve("a.yml"), "url: \"javascript:alert(1)\"\n");
        Files.writeString(articles.resolve("b.txt"), "Headline\n\nA paragraph of words.\n");
        Files.writeString(articles.resolve("b.yml"), "url: https://example.org/story\n");

        IngestResult r = new ArticleIngester().ingest(content);

        assertEquals(null, r.articles().get(0).metadata().url());
        assertEquals("https://example.org/story", r.articles().get(1).metadata().url());
        assertProblem(r, "articles/a.txt", "url 'javascript:alert(1)' is not an http(s) address; dropped");
    }

    private static void assertProblem(IngestResult r, String file, String text) {
        assertTrue(r.problems().stream().anyMatch(p -> p.file().equals(file) && p.message().contains(text)),
                () -> "no problem '" + text + "' for " + file + " in " + r.problems().stream()
                        .map(Problem::toString).toList());
    }

    /**
     * Issue 19: a.txt and a.md in one folder (a conversion left beside its source) were built
     * twice, as a-txt and a-md, without a word. Now a warning names both; an *.orig is not read.
     */
    @Test
    void twoArticlesSharingANameInOneFolderAreNamedTogether() throws IOException {
        Path articles = Files.createDirectories(content.resolve("site/articles"));
        Files.writeString(articles.resolve("a.txt"), "Headline\n\nA paragraph of words.\n");
        Files.writeString(articles.resolve("a.md"), "---\ntitle: Headline\n---\n\nA paragraph of words.\n");
        Files.writeString(articles.resolve("b.md"), "---\ntitle: B\n---\n\nOther words.\n");
        Files.writeString(articles.resolve("b.txt.orig"), "B\n\nOther words.\n");
        Files.createDirectories(articles.resolve("sub"));
        Files.writeString(articles.resolve("sub/b.txt"), "B\n\nOther words in another folder.\n");

        IngestResult r = new ArticleIngester().ingest(content.resolve("site"));

        assertEquals(4, r.articles().size(), r.problems().toString());
        List<Problem> same = r.problems().stream().filter(p -> p.message().contains("share a name")).toList();
        assertEquals(1, same.size(), r.problems().toString());
        assertEquals("articles/a.md: warning: articles/a.md (a-md) and articles/a.txt (a-txt) share a name and are both"
                + " built as articles; if they are one article, keep one: rename the other NAME.EXT.orig (gloss convert"
                + " does this when it writes NAME.md beside its source)", same.get(0).toString());
        assertTrue(r.problems().stream().noneMatch(p -> p.file().endsWith(".orig")), r.problems().toString());
    }
}
