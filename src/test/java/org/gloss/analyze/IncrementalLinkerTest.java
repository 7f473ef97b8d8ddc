package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** More articles than the index pairs in full print one statement: its grams are all common. */
    private static final int WIDELY_QUOTED = 80;

    private static List<Article> corpus;
    private static List<Article> widely;
    private static Glossary glossary;
    private static Analyzer analyzer;

    @BeforeAll
    static void corpus() throws IOException {
        Path content = new CorpusGenerator(11, ARTICLES).write(tmp.resolve("corpus"), ARTICLES);
        corpus = ArticleIngester.forContent(content).ingest(content).articles();
        glossary = GlossaryReader.read(content);
        analyzer = TestFeatures.analyzer(glossary);
        Path wide = tmp.resolve("widely/content");
        Files.createDirectories(wide.resolve("articles"));
        Random random = new Random(5);
        String[] statement = ("We will rebuild every school and every clinic in the valley before the winter comes"
                + " and the roads close").split(" ");
        for (int i = 0; i < WIDELY_QUOTED; i++) {
            int from = random.nextInt(4) == 0 ? random.nextInt(8) : 0;
            int to = random.nextInt(3) == 0 ? statement.length - random.nextInt(6) : statement.length;
            String words = String.join(" ", Arrays.asList(statement).subList(from, to));
            if (random.nextInt(5) == 0) {
                words = words.replace("clinic", "clinci");
            }
            Files.writeString(wide.resolve("articles/w" + i + ".md"), "---\ntitle: \"Report " + i + "\"\noutlet: \"Outlet "
                    + (i % 9) + "\"\ndate: 2024-03-" + (10 + i % 18) + "\n---\n\nThe minister visited the district on day "
                    + i + " of the tour.\n\n\"" + words + ",\" " + (random.nextBoolean() ? "Amara Okafor" : "Okafor")
                    + " said.\n\n\"We have waited " + i + " years for a road to the upper farms,\" a farmer told reporters.\n"
                    // Wire copy in every fifth report: a shared passage, its shingles under the cap.
                    + (i % 5 == 0 ? "\nThe new road to the upper farms will open to traffic before the harvest"
                    + " season ends next year, officials in the district said on Tuesday.\n" : ""));
        }
        widely = ArticleIngester.forContent(wide).ingest(wide).articles();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyLinkEqualsAFreshLink(int seed) {
        assertEditsLinkAsAFreshLink(corpus, seed);
    }

    /** The pairs common grams suggest hang on the corpus order and on which printings are fullest: any edit may move them. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyLinkEqualsAFreshLinkWhenAStatementIsPrintedInMoreArticlesThanTheIndexPairsInFull(int seed) {
        assertEquals(WIDELY_QUOTED, widely.size());
        Annotations fresh = analyzer.link(widely.stream().map(analyzer::analyzeArticle).toList());
        assertTrue(fresh.get(QuotationsFeature.LINKED).clusters().stream().anyMatch(c -> c.quoteIds().size() > 64),
                "the statement's printings link, though each of its grams is held by more than 64 quotations");
        assertEditsLinkAsAFreshLink(widely, seed);
    }

    /**
     * A backend that finds the same pairs another way (here: in another order, the pairs compared
     * already known to none) links exactly as the local one: features depend on the pairs alone.
     */
    @org.junit.jupiter.api.Test
    void aLinkThroughAnotherPairFinderEqualsTheLocalOne() {
        PairFinder shuffled = (grams, limits, minShared) -> {
            List<int[]> pairs = new ArrayList<>(PairFinder.LOCAL.pairs(grams, limits, minShared).unknown());
            java.util.Collections.shuffle(pairs, new Random(grams.size()));
            return PairCandidates.of(pairs);
        };
        for (List<Article> articles : List.of(corpus, widely)) {
            List<ArticleAnalysis> analysed = articles.stream().map(analyzer::analyzeArticle).toList();
            assertEquals(analyzer.link(analysed), new Analyzer(analyzer.steps(), shuffled).link(analysed));
        }
    }

    private static void assertEditsLinkAsAFreshLink(List<Article> corpus, int seed) {
        Random random = new Random(seed);
        List<ArticleAnalysis> current = new ArrayList<>(corpus.stream().map(analyzer::analyzeArticle).toList());
        List<ArticleAnalysis> removed = new ArrayList<>();
        IncrementalLinker linker = new IncrementalLinker(analyzer.steps());
        Remembering remembering = new Remembering();
        assertEquals(analyzer.link(current), linker.link(current));
        assertEquals(analyzer.link(current), remembering.link(current));
        for (int round = 0; round < 12; round++) {
            int k = random.nextInt(current.size());
            switch (random.nextInt(4)) {
                case 0 -> current.set(k, analyzer.analyzeArticle(borrowQuotation(corpus,
                        current.get(k).text().articleId(), random)));
                case 1 -> current.set(k, analyzer.analyzeArticle(reword(article(corpus, current.get(k)), random)));
                case 2 -> removed.add(current.remove(k));
                default -> {
                    if (!removed.isEmpty()) {
                        current.add(Math.min(k, current.size()), removed.remove(random.nextInt(removed.size())));
                    }
                }
            }
            Annotations fresh = analyzer.link(current);
            assertEquals(fresh, linker.link(current), "round " + round);
            assertEquals(fresh, remembering.link(current), "round " + round + ", the last link's pairs remembered");
            assertFalse(fresh.get(QuotationsFeature.LINKED).clusters().stream().allMatch(c -> !c.shared()),
                    "the corpus must link some quotations, or the test shows nothing");
        }
    }

    private static Article article(List<Article> corpus, ArticleAnalysis a) {
        return corpus.stream().filter(x -> x.id().equals(a.text().articleId())).findFirst().orElseThrow();
    }

    /** The article with a paragraph quoting another article's quotation: a new link to make. */
    private static Article borrowQuotation(List<Article> corpus, String id, Random random) {
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

    /**
     * Links the way one build after another does ({@link RememberedPairs}): each link remembers
     * the last one's comparisons, knowing each article by a key that changes when it does (here:
     * a new number for each new analysis). It checks that a pair of items (quotations, sentences)
     * compared in the last link is compared again only when one of its articles changed (a pair
     * of unchanged articles may be new: an edit changes which printings are the fullest of a
     * common gram), and that every comparison's candidate pairs, the shared passages' as the
     * quotations', updated from the last link's, are what a fresh index finds.
     */
    private static final class Remembering {
        private final java.util.Map<ArticleAnalysis, byte[]> keys = new java.util.IdentityHashMap<>();
        private java.util.Set<ArticleAnalysis> lastLinked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Each comparison's pairs compared in the last link, by item name. */
        private java.util.Map<String, java.util.Set<String>> lastCompared = java.util.Map.of();
        private RememberedPairs.Scores scores = RememberedPairs.Scores.NONE;
        private final java.util.Map<String, CandidateState> freshStates = new java.util.HashMap<>();
        private int links;

        Annotations link(List<ArticleAnalysis> current) {
            List<byte[]> articleKeys = current.stream()
                    .map(a -> keys.computeIfAbsent(a, x -> java.nio.ByteBuffer.allocate(4).putInt(keys.size()).array()))
                    .toList();
            RememberedPairs remembered = new RememberedPairs(articleKeys, scores);
            PairFinder checking = new PairFinder() {
                @Override
                public PairCandidates pairs(List<long[]> grams, KeyLimits limits, int minShared) {
                    return remembered.pairs(grams, limits, minShared);
                }

                @Override
                public PairCandidates pairs(ItemGrams items, KeyLimits limits, int minShared) {
                    NgramIndex index = new NgramIndex(limits);
                    items.grams().forEach(index::add);
                    synchronized (freshStates) {
                        freshStates.put(items.comparison(), index.state(minShared));
                    }
                    PairCandidates c = remembered.pairs(items, limits, minShared);
                    java.util.Set<String> compared = lastCompared.getOrDefault(items.comparison(), java.util.Set.of());
                    for (int[] p : c.unknown()) {
                        String pair = itemName(items, articleKeys, p[0]) + "/" + itemName(items, articleKeys, p[1]);
                        boolean unchanged = lastLinked.contains(current.get(articleOf(items, p[0])))
                                && lastLinked.contains(current.get(articleOf(items, p[1])));
                        assertFalse(unchanged && compared.contains(pair), items.comparison() + ": pair " + pair
                                + " of two unchanged articles compared again");
                    }
                    return c;
                }
            };
            Annotations linked = analyzer.link(current, checking);
            scores = remembered.scores();
            java.util.Map<String, CandidateState> wanted;
            synchronized (freshStates) {
                wanted = new java.util.HashMap<>(freshStates);
                freshStates.clear();
            }
            assertEquals(wanted.keySet(), scores.candidates().stream().map(RememberedPairs.Candidates::name)
                    .collect(java.util.stream.Collectors.toSet()));
            assertEquals(java.util.Set.of("quotations.same", "quotations.similar", "passages.shared"), wanted.keySet(),
                    "the shared passages' sentences are asked for by article, as the quotations are");
            for (RememberedPairs.Candidates c : scores.candidates()) {
                assertTrue(c.state().same(wanted.get(c.name())), c.name() + ": the candidate pairs of a fresh index");
            }
            assertEquals(links++ == 0 ? List.of() : List.copyOf(wanted.keySet()).stream().sorted().toList(),
                    remembered.updated().stream().sorted().toList(),
                    "every comparison but the first link's is updated from the last link's");
            lastLinked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            lastLinked.addAll(current);
            assertTrue(scores.comparisons().stream().anyMatch(c -> c.name().equals("passages.shared") && c.pairs().length > 0),
                    "the corpus must give sentence pairs to compare, or the test shows little of the passages");
            lastCompared = new java.util.HashMap<>();
            for (RememberedPairs.Comparison c : scores.comparisons()) {
                ItemGrams numbered = new ItemGrams(c.name(), c.perArticle(), java.util.Collections.nCopies(
                        Arrays.stream(c.perArticle()).sum(), new long[0]));
                java.util.Set<String> compared = lastCompared.computeIfAbsent(c.name(), n -> new java.util.HashSet<>());
                for (long p : c.pairs()) {
                    compared.add(itemName(numbered, articleKeys, (int) (p >>> 32)) + "/"
                            + itemName(numbered, articleKeys, (int) p));
                }
            }
            return linked;
        }

        private static String itemName(ItemGrams items, List<byte[]> articleKeys, int item) {
            int k = articleOf(items, item);
            int first = Arrays.stream(items.perArticle(), 0, k).sum();
            return Arrays.toString(articleKeys.get(k)) + "#" + (item - first);
        }

        private static int articleOf(ItemGrams items, int item) {
            int k = 0;
            for (int seen = items.perArticle()[0]; seen <= item; seen += items.perArticle()[++k]) {
                // the article whose items run past this one
            }
            return k;
        }
    }
}
