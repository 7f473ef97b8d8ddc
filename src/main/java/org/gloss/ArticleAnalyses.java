package org.gloss;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Analyzer;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleAnalysis;
import org.gloss.analyze.IncrementalLinker;
import org.gloss.core.BuildProgress;
import org.gloss.core.Problem;
import org.gloss.core.TimeLimit;
import org.gloss.ingest.Article;

/**
 * The analyze phase, remembering what it found: an unchanged article is not analysed again, and
 * the link keeps its indexes and comparisons ({@link IncrementalLinker}), so only a changed
 * article's share is compared. Each article's analysis runs within the article time limit; an
 * article over it, or one whose analysis fails unexpectedly, is skipped with a warning.
 */
final class ArticleAnalyses {

    private final boolean keep;
    private final TimeLimit articleLimit;
    private final AtomicInteger articlesAnalysed = new AtomicInteger();
    private Map<String, CachedAnalysis> analyses = new ConcurrentHashMap<>();
    /** The features' steps as last configured, the analyzer running them, and (when keeping) the linker. */
    private List<AnalysisStep<?, ?>> steps;
    private Analyzer analyzer;
    private IncrementalLinker linker;

    ArticleAnalyses(boolean keep, TimeLimit articleLimit) {
        this.keep = keep;
        this.articleLimit = articleLimit;
    }

    /**
     * Sets the features' analysis steps; returns true when they differ from the last ones (a
     * feature's settings changed: a new glossary), and every article is then analysed again.
     */
    boolean configure(List<AnalysisStep<?, ?>> newSteps) {
        if (newSteps.equals(steps)) {
            return false;
        }
        steps = newSteps;
        analyses = new ConcurrentHashMap<>();
        analyzer = new Analyzer(newSteps);
        linker = keep ? new IncrementalLinker(newSteps) : null;
        return true;
    }

    /** Analyses {@code articles}, reusing what is unchanged, and links them. */
    Analysed analyze(List<Article> articles, BuildProgress progress) {
        articlesAnalysed.set(0);
        progress.start("analyze", articles.size());
        Map<String, CachedAnalysis> previous = analyses;
        Map<String, CachedAnalysis> current = new ConcurrentHashMap<>();
        List<CachedAnalysis> perArticle = articles.parallelStream().map(a -> {
            CachedAnalysis hit = previous.get(a.id());
            CachedAnalysis result;
            if (hit != null && hit.article().equals(a)) {
                result = hit;
            } else {
                articlesAnalysed.incrementAndGet();
                result = analyzeWithinLimit(a);
            }
            if (keep) {
                current.put(a.id(), result);
            }
            progress.step();
            return result;
        }).toList();
        analyses = current;
        List<ArticleAnalysis> analysed = perArticle.stream().map(CachedAnalysis::analysis)
                .filter(Objects::nonNull).toList();
        Annotations linked = linker != null ? linker.link(analysed) : analyzer.link(analysed);
        progress.done("analyze");
        return new Analysed(linked, perArticle.stream().filter(c -> c.analysis() != null)
                .flatMap(c -> c.lint().stream()).toList(),
                perArticle.stream().filter(c -> c.analysis() == null).flatMap(c -> c.lint().stream()).toList());
    }

    /** How many articles the last {@link #analyze} analysed rather than reused. */
    int articlesAnalysed() {
        return articlesAnalysed.get();
    }

    /**
     * One article's analysis and the features' advice on it, within the article time limit; past
     * it, or on an unforeseen failure, an analysis of null with the warning that skips the article.
     */
    private CachedAnalysis analyzeWithinLimit(Article a) {
        try {
            return articleLimit.runHere(() -> {
                ArticleAnalysis analysis = analyzer.analyzeArticle(a);
                return new CachedAnalysis(a, analysis, analysis.advice());
            });
        } catch (TimeLimit.Exceeded e) {
            return new CachedAnalysis(a, null, List.of(Problem.warning(a.source(), e.describe("analysing") + "; skipped")));
        }
    }

    /** An article's analysis and the features' advice on it; a null analysis, with the warning why, when it was skipped. */
    private record CachedAnalysis(Article article, ArticleAnalysis analysis, List<Problem> lint) {
    }

    /** The linked annotations, the features' advice in article order, and the articles skipped. */
    record Analysed(Annotations annotations, List<Problem> lint, List<Problem> skipped) {
    }
}
