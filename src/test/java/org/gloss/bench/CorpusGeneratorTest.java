package org.gloss.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gloss.features.glossary.Glossary;
import org.gloss.features.glossary.GlossaryReader;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 42, -7})
    void sameSeedSameFiles(long seed) throws IOException {
        Path a = new CorpusGenerator(seed, 30).write(tmp.resolve("a"), 30);
        Path b = new CorpusGenerator(seed, 30).write(tmp.resolve("b"), 30);
        assertEquals(read(a), read(b));
    }

    @Test
    void differentSeedsDiffer() {
        assertNotEquals(new CorpusGenerator(1, 10).article(0).markdown(), new CorpusGenerator(2, 10).article(0).markdown());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 60})
    void writesNArticlesThatGlossReads(int n) {
        Path content = new CorpusGenerator(3, n).write(tmp, n);
        IngestResult ingested = new ArticleIngester().ingest(content);
        assertEquals(List.of(), ingested.problems());
        assertEquals(n, ingested.articles().size());
        for (Article a : ingested.articles()) {
            assertTrue(a.metadata().title() != null && a.metadata().outlet() != null && a.metadata().date() != null, a.id());
        }
    }

    @Test
    void articlesAreAboutEightHundredWordsFromTwentyOutlets() {
        CorpusGenerator g = new CorpusGenerator(5, 200);
        List<GeneratedArticle> articles = IntStream.range(0, 200).mapToObj(g::article).toList();
        assertTrue(articles.stream().map(GeneratedArticle::outlet).distinct().count() >= 20);
        double words = articles.stream().mapToInt(GeneratedArticle::wordCount).average().orElse(0);
        assertTrue(words > 650 && words < 950, "average words " + words);
    }

    @Test
    void sharedQuotationsReappearInEveryVariant() {
        CorpusGenerator g = new CorpusGenerator(9, 100);
        Set<QuoteVariant> seen = EnumSet.noneOf(QuoteVariant.class);
        Map<String, Integer> printings = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            GeneratedArticle a = g.article(i);
            seen.addAll(a.variants());
            for (Statement s : g.pool()) {
                if (a.markdown().contains(s.speaker() + ", " + s.role())) {
                    printings.merge(s.text(), 1, Integer::sum);
                }
            }
        }
        assertEquals(EnumSet.allOf(QuoteVariant.class), seen);
        assertTrue(printings.values().stream().filter(c -> c > 1).count() > g.pool().size() / 2,
                "most statements are quoted by more than one article");
    }

    @Test
    void variantsChangeTheWordsTheWayOutletsDo() {
        Statement s = new Statement("Amira Haddad", "the foreign minister",
                "We strongly favour a programme of reconstruction in the region and we expect our partners to stand with us");
        java.util.Random r = new java.util.Random(1);
        assertTrue(QuoteVariant.EXACT.paragraph(s, r).contains("\"" + s.text() + ",\""));
        assertTrue(QuoteVariant.SPELLING.paragraph(s, r).contains("favor a program"));
        assertTrue(QuoteVariant.PUNCTUATION.paragraph(s, r).contains("“"));
        assertTrue(QuoteVariant.ELLIPSIS.paragraph(s, r).contains(" ... "));
        assertEquals(3, QuoteVariant.SPLIT.paragraph(s, r).chars().filter(c -> c == '"').count() - 1);
        String typo = QuoteVariant.TYPO.paragraph(s, r);
        String misspelt = typo.substring(1, typo.indexOf(",\""));
        assertEquals(s.text().length(), misspelt.length());
        long differing = IntStream.range(0, misspelt.length()).filter(i -> misspelt.charAt(i) != s.text().charAt(i)).count();
        assertEquals(2, differing, typo);
        assertTrue(QuoteVariant.BRACKETS.paragraph(s, r).contains("[the foreign minister]"));
        assertTrue(QuoteVariant.PRONOUN.paragraph(s, r).endsWith(",\" she said."), "Amira: the list's women come first");
        assertTrue(QuoteVariant.RUN_ON.paragraph(s, r).contains(".\n\n\""));
        assertTrue(QuoteVariant.LATER_PART.paragraph(s, r).endsWith("stand with us.\""));
        String tweet = QuoteVariant.TWEET.paragraph(s, r);
        assertTrue(tweet.contains("\n\n> \"" + s.text() + "\" pic.twitter.com/") && tweet.contains("(@amirahaddad)"), tweet);
        String partial = QuoteVariant.PARTIAL.paragraph(s, r);
        String quoted = partial.substring(partial.indexOf('"') + 1, partial.lastIndexOf('"'));
        assertTrue(s.text().contains(quoted) && quoted.length() < s.text().length(), partial);
    }

    @Test
    void glossaryParsesAndItsTermsAreUsed() throws IOException {
        Path content = new CorpusGenerator(4, 20).write(tmp, 20);
        Glossary glossary = GlossaryReader.read(content);
        assertTrue(glossary.entries().size() >= 20);
        String all = read(content).values().stream().collect(Collectors.joining("\n"));
        long used = glossary.entries().stream().filter(e -> all.contains("the " + e.term())).count();
        assertTrue(used > glossary.entries().size() / 2, "terms used: " + used);
    }

    private static Map<String, String> read(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> m = new HashMap<>();
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readString(p));
            }
            return m;
        }
    }
}
