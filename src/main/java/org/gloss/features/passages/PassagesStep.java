package org.gloss.features.passages;

import java.util.List;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Findings;
import org.gloss.analyze.IncrementalIndex;
import org.gloss.analyze.PairFinder;
import org.gloss.analyze.ResultKey;
import org.gloss.features.quotations.QuotationsFeature;
import org.gloss.ingest.Article;

/**
 * Finds the unquoted sentences several articles share (wire copy). It runs after the quotations
 * step, whose quotations it masks: quoted words never count as shared copy.
 */
final class PassagesStep implements AnalysisStep<ArticleSentences, SharedPassages> {

    private final SharedPassageFinder finder = new SharedPassageFinder();

    @Override
    public ResultKey<ArticleSentences> articleKey() {
        return PassagesFeature.ARTICLE;
    }

    @Override
    public ResultKey<SharedPassages> linkedKey() {
        return PassagesFeature.LINKED;
    }

    @Override
    public ArticleSentences analyzeArticle(Article article, ArticleText text, Findings earlier) {
        return ArticleSentences.of(text, earlier.get(QuotationsFeature.ARTICLE).quotes());
    }

    @Override
    public SharedPassages link(List<ArticleText> texts, List<ArticleSentences> perArticle) {
        return link(texts, perArticle, PairFinder.LOCAL);
    }

    @Override
    public SharedPassages link(List<ArticleText> texts, List<ArticleSentences> perArticle, PairFinder pairs) {
        return new SharedPassages(finder.findAmong(texts, perArticle, pairs));
    }

    /** Keeps the sentences' gram index and every comparison between links. */
    @Override
    public Linker<ArticleSentences, SharedPassages> incrementalLinker() {
        IncrementalIndex<ArticleSentences> index = new IncrementalIndex<>(SharedPassageFinder.KEYS,
                SharedPassageFinder.MIN_SHARED, ArticleSentences::shingles);
        return (texts, perArticle) -> new SharedPassages(finder.findAmong(texts, perArticle, index.update(perArticle)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PassagesStep; // no settings: every instance finds the same
    }

    @Override
    public int hashCode() {
        return PassagesStep.class.hashCode();
    }
}
