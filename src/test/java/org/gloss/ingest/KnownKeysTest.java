package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gloss.core.BuildException;
import org.gloss.core.DidYouMean;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19: settings checked as they are written. An unknown key in site.yml, a sidecar or front
 * matter was ignored without a word; {@code language} took anything; a sidecar date had to be ISO.
 */
class KnownKeysTest {

    @TempDir
    Path content;

    @Test
    void anUnknownSiteKeyIsAWarningAtItsPlaceWithTheKeyItMeant() throws IOException {
        Files.writeString(content.resolve("site.yml"), "titel: A reader\nlanguage: en\nbase_ulr: https://x.example/\n"
                + "colour: blue\n");
        List<Problem> warnings = new ArrayList<>();
        SiteConfigReader.read(content, warnings);
        String file = content.resolve("site.yml").toString();
        assertEquals(List.of(
                file + ":1:1: warning: unknown key 'titel' in site.yml; did you mean 'title'?",
                file + ":3:1: warning: unknown key 'base_ulr' in site.yml; did you mean 'base_url'?",
                file + ":4:1: warning: unknown key 'colour' in site.yml (ignored; known keys: title, description,"
                        + " language, base_url, mark_every_mention, page_size, feed_limit)"),
                warnings.stream().map(Problem::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "pt-BR", "en-us", "zh-Hant-TW", "sr-Latn"})
    void aLanguageTagIsAccepted(String tag) throws IOException {
        Files.writeString(content.resolve("site.yml"), "title: T\nlanguage: " + tag + "\n");
        assertEquals(tag, SiteConfigReader.read(content).language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"English", "en_US", "e", "'e n'", "'fr-'", "de-DE-x", "\"\""})
    void anythingElseStopsTheBuildAtTheValue(String tag) throws IOException {
        Files.writeString(content.resolve("site.yml"), "title: T\nlanguage:   " + tag + "\n");
        BuildException e = assertThrows(BuildException.class, () -> SiteConfigReader.read(content));
        Problem p = e.problems().get(0);
        assertEquals(2, p.line(), p.toString());
        assertEquals(13, p.column(), p.toString());
        assertTrue(p.message().startsWith("'language' must be a language tag such as en, de or pt-BR"), p.toString());
    }

    @Test
    void closestKnownKeyWithinTwoEdits() {
        List<String> keys = SiteConfigReader.KEYS;
        assertEquals("title", DidYouMean.closest("titel", keys));
        assertEquals("title", DidYouMean.closest("Title", keys));
        assertEquals("language", DidYouMean.closest("langauge", keys));
        assertEquals("description", DidYouMean.closest("descripton", keys));
        assertNull(DidYouMean.closest("colour", keys));
        assertNull(DidYouMean.closest("x".repeat(10_000), keys));
        assertEquals(2, DidYouMean.distance("titel", "title"));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    }

    /** Sidecars and front matter: a warning at the key, in the file's own lines; the article still builds. */
    @Test
    void unknownKeysInSidecarsAndFrontMatterAreNamedAtTheirLines() throws IOException {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Headline\n\nA paragraph of words.\n");
        Files.writeString(articles.resolve("a.yml"), "outlet: The Courier\n  # a comment\nauthr: Jo Bloggs\n");
        Files.writeString(articles.resolve("b.md"), "---\ntitle: B\nsource: articles/b.txt\ndetected: [title]\n"
                + "oulet: The Post\n---\n\nOther words.\n");

        IngestResult r = new ArticleIngester().ingest(content);

        assertEquals(2, r.articles().size(), r.problems().toString());
        assertEquals(List.of(
                "articles/a.yml:3:1: warning: unknown key 'authr' in a.yml; did you mean 'author'?",
                "articles/b.md:5:1: warning: unknown key 'oulet' in front matter; did you mean 'outlet'?"),
                r.problems().stream().map(Problem::toString).toList());
    }

    /** Issue 19: a sidecar date that does not parse names the value's own line, and says why. */
    @Test
    void aSidecarDateIsReadWhenOnlyOneReadingIsADate() throws IOException {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Headline\n\nA paragraph of words.\n");
        Files.writeString(articles.resolve("b.txt"), "Headline two\n\nAnother paragraph of words.\n");
        Files.writeString(articles.resolve("c.txt"), "Headline three\n\nA third paragraph of words.\n");
        Files.writeString(articles.resolve("a.yml"), "outlet: The Courier\ndate: 15/03/2024\n");
        Files.writeString(articles.resolve("b.yml"), "outlet: The Courier\n\ndate:  03/04/2024\n");
        Files.writeString(articles.resolve("c.yml"), "date: 03/15/2024\n");

        IngestResult r = new ArticleIngester().ingest(content);

        assertEquals(List.of("a", "c"), r.articles().stream().map(Article::id).toList());
        assertEquals(LocalDate.of(2024, 3, 15), r.articles().get(0).metadata().date());
        assertEquals(LocalDate.of(2024, 3, 15), r.articles().get(1).metadata().date());
        assertEquals(List.of("articles/b.yml:3:8: warning: date '03/04/2024' is ambiguous (3 April or March 4?);"
                + " write it YYYY-MM-DD; articles/b.txt skipped"), r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void numericDatesThatAreNoDateAreRefused() {
        assertEquals(LocalDate.of(2024, 4, 4), assertDate("04.04.2024"));
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> FrontMatter.toDate("31/02/2024", 2, 7));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("is no date"), e.getMessage());
        assertThrows(ArticleFormatException.class, () -> FrontMatter.toDate("15/15/2024", 1, 1));
        assertThrows(ArticleFormatException.class, () -> FrontMatter.toDate("March the third", 1, 1));
    }

    private static LocalDate assertDate(String s) {
        try {
            return FrontMatter.toDate(s, 1, 1);
        } catch (ArticleFormatException e) {
            throw new AssertionError(e);
        }
    }
}
