package org.gloss.analyze;

import java.util.ArrayList;
import java.util.List;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;

/**
 * The analysis phase: article text → each feature's findings, linked across articles. It has two
 * steps: {@link #analyzeArticle} looks at one article alone (so articles can be analysed in
 * parallel, and an unchanged article's result reused by incremental builds), and {@link #link}
 * looks across all of them. What is found is up to the {@link AnalysisStep}s it is given.
 */
public final class Analyzer {

    private final ArticleTextExtractor textExtractor = new ArticleTextExtractor();
    private final List<AnalysisStep<?, ?>> steps;
    private final PairFinder pairs;

    /** An analyzer running {@code steps}, in that order, finding candidate pairs in memory. */
    public Analyzer(List<AnalysisStep<?, ?>> steps) {
        this(steps, PairFinder.LOCAL);
    }

    /** An analyzer running {@code steps}, in that order, whose links find candidate pairs with {@code pairs}. */
    public Analyzer(List<AnalysisStep<?, ?>> steps, PairFinder pairs) {
        this.steps = List.copyOf(steps);
        this.pairs = pairs;
    }

    /** The steps, in order. */
    List<AnalysisStep<?, ?>> steps() {
        return steps;
    }

    /** Analyses every article and links them. */
    public Annotations analyze(List<Article> articles) {
        return link(articles.parallelStream().map(this::analyzeArticle).toList());
    }

    /** What can be found in one article without looking at any other; safe to call concurrently. */
    public ArticleAnalysis analyzeArticle(Article article) {
        ArticleText text = textExtractor.extract(article);
        Findings findings = Findings.NONE;
        List<Problem> advice = new ArrayList<>();
        for (AnalysisStep<?, ?> step : steps) {
            findings = analyzeWith(step, article, text, findings, advice);
        }
        return new ArticleAnalysis(text, findings, advice);
    }

    private static <A> Findings analyzeWith(AnalysisStep<A, ?> step, Article article, ArticleText text,
                                            Findings earlier, List<Problem> advice) {
        A found = step.analyzeArticle(article, text, earlier);
        advice.addAll(step.advice(article, text, found));
        return earlier.with(step.articleKey(), found);
    }

    /**
     * Links the per-article results (in article order) across the corpus. One step after the
     * other, unlike {@link IncrementalLinker}: a full link's comparisons already keep both cores
     * busy, and at 10,000 articles two steps' indexes held at once raised peak resident memory
     * by 150 MB for no gain in wall time.
     */
    public Annotations link(List<ArticleAnalysis> perArticle) {
        return link(perArticle, pairs);
    }

    /** {@link #link(List)}, the candidate pairs found by {@code pairs} this once (a build's {@link RememberedPairs}). */
    public Annotations link(List<ArticleAnalysis> perArticle, PairFinder pairs) {
        List<ArticleText> texts = perArticle.stream().map(ArticleAnalysis::text).toList();
        Findings linked = Findings.NONE;
        for (AnalysisStep<?, ?> step : steps) {
            linked = linkStep(step, pairs, texts, perArticle, linked);
        }
        return new Annotations(texts, linked);
    }

    private static <A, L> Findings linkStep(AnalysisStep<A, L> step, PairFinder pairs, List<ArticleText> texts,
                                            List<ArticleAnalysis> perArticle, Findings linked) {
        return linkWith(step, (t, a) -> step.link(t, a, pairs), texts, perArticle, linked);
    }

    /** Links {@code step}'s share of {@code perArticle} through {@code linker}, adding it to {@code linked}. */
    static <A, L> Findings linkWith(AnalysisStep<A, L> step, AnalysisStep.Linker<A, L> linker,
                                    List<ArticleText> texts, List<ArticleAnalysis> perArticle, Findings linked) {
        return linked.with(step.linkedKey(), linker.link(texts, findingsOf(step, perArticle)));
    }

    /** Each article's findings of {@code step}, in article order. */
    static <A> List<A> findingsOf(AnalysisStep<A, ?> step, List<ArticleAnalysis> perArticle) {
        List<A> out = new ArrayList<>(perArticle.size());
        for (ArticleAnalysis a : perArticle) {
            out.add(a.findings().get(step.articleKey()));
        }
        return out;
    }
}
