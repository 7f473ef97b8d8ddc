package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Findings;
import org.gloss.analyze.IncrementalIndex;
import org.gloss.analyze.PairFinder;
import org.gloss.analyze.ResultKey;
import org.gloss.ingest.Article;

/** Finds each article's quotations with their speakers, and links printings of the same words across articles. */
final class QuotationsStep implements AnalysisStep<ArticleQuotes, Quotations> {

    private final QuoteExtractor extractor = new QuoteExtractor();
    private final QuoteMatcher matcher = new QuoteMatcher();

    @Override
    public ResultKey<ArticleQuotes> articleKey() {
        return QuotationsFeature.ARTICLE;
    }

    @Override
    public ResultKey<Quotations> linkedKey() {
        return QuotationsFeature.LINKED;
    }

    @Override
    public ArticleQuotes analyzeArticle(Article article, ArticleText text, Findings earlier) {
        List<Quote> quotes = extractor.extract(text);
        return new ArticleQuotes(quotes, quotes.stream().map(q -> QuoteKey.of(q.text())).toList());
    }

    @Override
    public Quotations link(List<ArticleText> texts, List<ArticleQuotes> perArticle) {
        return link(texts, perArticle, PairFinder.LOCAL);
    }

    @Override
    public Quotations link(List<ArticleText> texts, List<ArticleQuotes> perArticle, PairFinder pairs) {
        Corpus c = Corpus.of(perArticle);
        QuoteMatcher.Result matched = matcher.match(c.quotes(), c.keys(), c.perArticle(), pairs);
        return new Quotations(matched.quotes(), matched.clusters());
    }

    /** Keeps the two gram indexes (same words, rewordings) and every comparison between links. */
    @Override
    public Linker<ArticleQuotes, Quotations> incrementalLinker() {
        IncrementalIndex<ArticleQuotes> same = new IncrementalIndex<>(QuoteMatcher.SAME_KEYS, 1,
                a -> a.keys().stream().map(QuoteMatcher::sameGrams).toList());
        IncrementalIndex<ArticleQuotes> similar = new IncrementalIndex<>(QuoteMatcher.SIMILAR_KEYS, 2,
                a -> a.keys().stream().map(QuoteMatcher::similarGrams).toList());
        return (texts, perArticle) -> {
            Corpus c = Corpus.of(perArticle);
            QuoteMatcher.Result matched = matcher.match(c.quotes(), c.keys(), same.update(perArticle),
                    similar.update(perArticle));
            return new Quotations(matched.quotes(), matched.clusters());
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuotationsStep; // no settings: every instance finds the same
    }

    @Override
    public int hashCode() {
        return QuotationsStep.class.hashCode();
    }

    /** Every article's quotations and keys, each in one list in article order, and how many each article has. */
    private record Corpus(List<Quote> quotes, List<QuoteKey> keys, int[] perArticle) {

        static Corpus of(List<ArticleQuotes> perArticle) {
            List<Quote> quotes = new ArrayList<>();
            List<QuoteKey> keys = new ArrayList<>();
            int[] counts = new int[perArticle.size()];
            for (int k = 0; k < counts.length; k++) {
                ArticleQuotes a = perArticle.get(k);
                quotes.addAll(a.quotes());
                keys.addAll(a.keys());
                counts[k] = a.quotes().size();
            }
            return new Corpus(quotes, keys, counts);
        }
    }
}
