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
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Findings;
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
    /** The persistent cache, or null; and what of the settings every analysis key includes. */
    private final BuildCache store;
    private byte[] settings = new byte[0];
    private final AtomicInteger articlesAnalysed = new AtomicInteger();
    private Map<String, CachedAnalysis> analyses = new ConcurrentHashMap<>();
    /** The features' steps as last configured, the analyzer running them, and (when keeping) the linker. */
    private List<AnalysisStep<?, ?>> steps;
    private Analyzer analyzer;
    private IncrementalLinker linker;

    ArticleAnalyses(boolean keep, TimeLimit articleLimit) {
        this(keep, articleLimit, null);
    }

    /** Analyses that also look in, and add to, {@code store} (null for none). */
    ArticleAnalyses(boolean keep, TimeLimit articleLimit, BuildCache store) {
        this.keep = keep;
        this.articleLimit = articleLimit;
        this.store = store;
    }

    /**
     * What, besides the article and the steps' classes, an analysis depends on: the digest of the
     * site's settings files ({@code site.yml}, {@code glossary.yml}, ...), part of every stored key.
     */
    void settings(byte[] digest) {
        settings = digest.clone();
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
                result = store == null ? analyzeWithinLimit(a) : analyzeThroughStore(a);
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
        articlesAnalysed.incrementAndGet();
        try {
            return articleLimit.runHere(() -> {
                ArticleAnalysis analysis = analyzer.analyzeArticle(a);
                return new CachedAnalysis(a, analysis, analysis.advice());
            });
        } catch (TimeLimit.Exceeded e) {
            return new CachedAnalysis(a, null, List.of(Problem.warning(a.source(), e.describe("analysing") + "; skipped")));
        }
    }

    /**
     * The analysis stored for this exact article (its id, source, metadata and body) under these
     * settings, else a new one, then stored. Stored as its text, each step's findings in step
     * order, and its advice; read back into findings under the steps' own keys. An analysis given
     * up on (the time limit) is not stored: whether it finishes depends on the machine.
     */
    private CachedAnalysis analyzeThroughStore(Article a) {
        byte[] key;
        try {
            key = store.key(BuildCache.Kind.ANALYSIS, settings, stepNames(), store.digest(a));
        } catch (ValueCodec.Unsupported e) {
            return analyzeWithinLimit(a);
        }
        if (store.get(BuildCache.Kind.ANALYSIS, key) instanceof List<?> stored) {
            ArticleAnalysis analysis = fromStored(stored);
            if (analysis != null) {
                return new CachedAnalysis(a, analysis, analysis.advice());
            }
        }
        CachedAnalysis made = analyzeWithinLimit(a);
        if (made.analysis() != null) {
            ArticleAnalysis an = made.analysis();
            store.put(BuildCache.Kind.ANALYSIS, key, List.of(an.text(),
                    steps.stream().map(s -> (Object) an.findings().get(s.articleKey())).toList(), an.advice()));
        }
        return made;
    }

    private byte[] stepNames() {
        return steps.stream().map(s -> s.getClass().getName()).collect(java.util.stream.Collectors.joining(","))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The analysis a stored list holds, or null when it does not have the shape {@link #analyzeThroughStore} stores. */
    private ArticleAnalysis fromStored(List<?> stored) {
        if (stored.size() != 3 || !(stored.get(0) instanceof ArticleText text)
                || !(stored.get(1) instanceof List<?> found) || found.size() != steps.size()
                || !(stored.get(2) instanceof List<?> advice)) {
            return null;
        }
        try {
            Findings findings = Findings.none();
            for (int i = 0; i < steps.size(); i++) {
                findings = withFound(findings, steps.get(i), found.get(i));
            }
            List<Problem> problems = advice.stream().map(p -> (Problem) p).toList();
            return new ArticleAnalysis(text, findings, problems);
        } catch (ClassCastException | NullPointerException e) {
            return null;
        }
    }

    /** {@code findings} and {@code value} under {@code step}'s key; the key's type is checked by the step's own reads. */
    @SuppressWarnings("unchecked")
    private static <A> Findings withFound(Findings findings, AnalysisStep<A, ?> step, Object value) {
        return findings.with(step.articleKey(), (A) java.util.Objects.requireNonNull(value));
    }

    /** An article's analysis and the features' advice on it; a null analysis, with the warning why, when it was skipped. */
    private record CachedAnalysis(Article article, ArticleAnalysis analysis, List<Problem> lint) {
    }

    /** The linked annotations, the features' advice in article order, and the articles skipped. */
    record Analysed(Annotations annotations, List<Problem> lint, List<Problem> skipped) {
    }
}
