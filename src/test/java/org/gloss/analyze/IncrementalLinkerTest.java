package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gloss.bench.CorpusGenerator;
import org.gloss.features.TestFeatures;
import org.gloss.features.glossary.Glossary;
import org.gloss.features.glossary.GlossaryReader;
import org.gloss.features.quotations.QuotationsFeature;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIngester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After any sequence of edits, the incremental link must equal a link made afresh. */
class IncrementalLinkerTest {

    private static final int ARTICLES = 40;

    @TempDir
    static Path tmp;

    private static List<Article> corpus;
    private static Glossary glossary;
    private static Analyzer analyzer;

    @BeforeAll
    static void corpus() {
        Path content = new CorpusGenerator(11, ARTICLES).write(tmp.resolve("corpus"), ARTICLES);
        corpus = ArticleIngester.forContent(content).ingest(content).articles();
        glossary = GlossaryReader.read(content);
        analyzer = TestFeatures.analyzer(glossary);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyLinkEqualsAFreshLink(int seed) {
        Random random = new Random(seed);
        List<ArticleAnalysis> current = new ArrayList<>(corpus.stream().map(analyzer::analyzeArticle).toList());
        List<ArticleAnalysis> removed = new ArrayList<>();
        IncrementalLinker linker = new IncrementalLinker(analyzer.steps());
        assertEquals(analyzer.link(current), linker.link(current));
        for (int round = 0; round < 12; round++) {
            int k = random.nextInt(current.size());
            switch (random.nextInt(4)) {
                case 0 -> current.set(k, analyzer.analyzeArticle(borrowQuotation(current.get(k).text().articleId(),
                        random)));
                case 1 -> current.set(k, analyzer.analyzeArticle(reword(article(current.get(k)), random)));
                case 2 -> removed.add(current.remove(k));
                default -> {
                    if (!removed.isEmpty()) {
                        current.add(Math.min(k, current.size()), removed.remove(random.nextInt(removed.size())));
                    }
                }
            }
            Annotations fresh = analyzer.link(current);
            assertEquals(fresh, linker.link(current), "round " + round);
            assertFalse(fresh.get(QuotationsFeature.LINKED).clusters().stream().allMatch(c -> !c.shared()),
                    "the corpus must link some quotations, or the test shows nothing");
        }
    }

    private static Article article(ArticleAnalysis a) {
        return corpus.stream().filter(x -> x.id().equals(a.text().articleId())).findFirst().orElseThrow();
    }

    /** The article with a paragraph quoting another article's quotation: a new link to make. */
    private static Article borrowQuotation(String id, Random random) {
        Article a = corpus.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Article other = corpus.get(random.nextInt(corpus.size()));
        int open = other.body().indexOf('"');
        int close = open < 0 ? -1 : other.body().indexOf('"', open + 1);
        String quoted = close < 0 ? "\"We will not stand by while this goes on,\" he said." :
                other.body().substring(open, close + 1) + " an official said.";
        return withBody(a, a.body() + "\n\nLater, " + quoted + "\n");
    }

    /** The article with its first quotation reworded. */
    private static Article reword(Article a, Random random) {
        return withBody(a, a.body().replaceFirst("\"", "\"" + (random.nextBoolean() ? "Frankly, " : "Indeed ")));
    }

    private static Article withBody(Article a, String body) {
        return new Article(a.id(), a.source(), a.metadata(), body, a.detected(), a.overridden());
    }
}
