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
import org.gloss.analyze.RememberedPairs;
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
    private boolean linked;
    /** The comparisons whose candidate pairs the last link updated from the build cache's. */
    private List<String> pairsUpdated = List.of();
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
        List<CachedAnalysis> kept = perArticle.stream().filter(c -> c.analysis() != null).toList();
        List<ArticleAnalysis> analysed = kept.stream().map(CachedAnalysis::analysis).toList();
        this.linked = true;
        this.pairsUpdated = List.of();
        byte[] inputs = store == null ? null : linkKey(kept);
        Annotations linked = linker != null ? linker.link(analysed) : linkThroughStore(inputs, kept, analysed);
        progress.done("analyze");
        String named = inputs == null ? null : java.util.HexFormat.of().formatHex(inputs);
        return new Analysed(linked, named, kept.stream().flatMap(c -> c.lint().stream()).toList(),
                perArticle.stream().filter(c -> c.analysis() == null).flatMap(c -> c.lint().stream()).toList());
    }

    /**
     * The link across {@code analysed} (in article order), stored under {@code key} (null: not
     * stored), so a build in which no article or setting changed reads the link back instead of
     * comparing every article again.
     */
    private Annotations linkThroughStore(byte[] key, List<CachedAnalysis> kept, List<ArticleAnalysis> analysed) {
        if (key == null) {
            return analyzer.link(analysed);
        }
        byte[] pairsKey = store.key(BuildCache.Kind.PAIRS, settings, stepNames());
        if (store.get(BuildCache.Kind.LINK, key) instanceof List<?> stored) {
            Findings linked = linkedFromStored(stored);
            if (linked != null) {
                this.linked = false;
                store.keep(BuildCache.Kind.PAIRS, pairsKey); // for the next link, after an edit
                return new Annotations(analysed.stream().map(ArticleAnalysis::text).toList(), linked);
            }
        }
        // The comparisons of the last link are remembered, by article: after one edit only the
        // edited article's pairs are compared again.
        RememberedPairs pairs = new RememberedPairs(kept.stream().map(CachedAnalysis::key).toList(),
                store.get(BuildCache.Kind.PAIRS, pairsKey) instanceof RememberedPairs.Scores s ? s
                        : RememberedPairs.Scores.NONE);
        Annotations made = analyzer.link(analysed, pairs);
        store.put(BuildCache.Kind.LINK, key, steps.stream().map(s -> (Object) made.get(s.linkedKey())).toList());
        store.put(BuildCache.Kind.PAIRS, pairsKey, pairs.scores());
        pairsUpdated = pairs.updated();
        return made;
    }

    /**
     * The link's key: the digest of every article's analysis key, in order. The link is a function
     * of the per-article findings alone, and each key names those exactly (the article, the
     * settings, the steps, the Gloss version). Null when an article has no key (its analysis
     * could not be keyed).
     */
    private byte[] linkKey(List<CachedAnalysis> kept) {
        java.io.ByteArrayOutputStream keys = new java.io.ByteArrayOutputStream(kept.size() * 32);
        for (CachedAnalysis c : kept) {
            if (c.key() == null) {
                return null;
            }
            keys.writeBytes(c.key());
        }
        return store.key(BuildCache.Kind.LINK, settings, stepNames(), keys.toByteArray());
    }

    /** The linked findings a stored list holds, or null when it does not have the shape {@link #linkThroughStore} stores. */
    private Findings linkedFromStored(List<?> stored) {
        if (stored.size() != steps.size()) {
            return null;
        }
        try {
            Findings linked = Findings.none();
            for (int i = 0; i < steps.size(); i++) {
                linked = withLinked(linked, steps.get(i), stored.get(i));
            }
            return linked;
        } catch (ClassCastException | NullPointerException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <L> Findings withLinked(Findings findings, AnalysisStep<?, L> step, Object value) {
        return findings.with(step.linkedKey(), (L) Objects.requireNonNull(value));
    }

    /** False when the last {@link #analyze} read the link across articles back from the build cache. */
    boolean linked() {
        return linked;
    }

    /**
     * The comparisons ({@code ItemGrams} names) whose candidate pairs the last {@link #analyze}
     * updated from the build cache's last link rather than found by indexing every item.
     */
    List<String> pairsUpdated() {
        return pairsUpdated;
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
                return new CachedAnalysis(a, analysis, analysis.advice(), null);
            });
        } catch (TimeLimit.Exceeded e) {
            return new CachedAnalysis(a, null, List.of(Problem.warning(a.source(), e.describe("analysing") + "; skipped")), null);
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
            key = store.key(BuildCache.Kind.ANALYSIS, settings, stepNames(), store.digestOnce(a));
        } catch (ValueCodec.Unsupported e) {
            return analyzeWithinLimit(a);
        }
        if (store.get(BuildCache.Kind.ANALYSIS, key) instanceof List<?> stored) {
            ArticleAnalysis analysis = fromStored(a, stored);
            if (analysis != null) {
                // The text is the analysis's, which its key names: the search index's key digests
                // it by that key (BuildCache.digestAs) instead of encoding every article's text.
                store.digestAs(analysis.text(), TEXT, key);
                return new CachedAnalysis(a, analysis, analysis.advice(), key);
            }
        }
        CachedAnalysis made = analyzeWithinLimit(a);
        if (made.analysis() != null) {
            ArticleAnalysis an = made.analysis();
            // The text is stored as its layout alone: its source is the article's body, which the
            // key names, so the entry does not hold the body again, nor does what is read back.
            store.put(BuildCache.Kind.ANALYSIS, key, List.of(an.text().layout(),
                    steps.stream().map(s -> (Object) an.findings().get(s.articleKey())).toList(), an.advice()));
            store.digestAs(an.text(), TEXT, key);
            return new CachedAnalysis(a, an, made.lint(), key);
        }
        return made;
    }

    /** What an analysis's text is digested as, with its key ({@link BuildCache#digestAs}). */
    private static final String TEXT = "analysed text";

    private byte[] stepNames() {
        return steps.stream().map(s -> s.getClass().getName()).collect(java.util.stream.Collectors.joining(","))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The analysis of {@code article} a stored list holds, its text over the article's own body, or
     * null when the list does not have the shape {@link #analyzeThroughStore} stores.
     */
    private ArticleAnalysis fromStored(Article article, List<?> stored) {
        if (stored.size() != 3 || !(stored.get(0) instanceof ArticleText.Layout layout)
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
            return new ArticleAnalysis(new ArticleText(article.id(), article.markdown(), layout), findings, problems);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code findings} and {@code value} under {@code step}'s key; the key's type is checked by the step's own reads. */
    @SuppressWarnings("unchecked")
    private static <A> Findings withFound(Findings findings, AnalysisStep<A, ?> step, Object value) {
        return findings.with(step.articleKey(), (A) Objects.requireNonNull(value));
    }

    /**
     * An article's analysis and the features' advice on it; a null analysis, with the warning why,
     * when it was skipped. {@code key} names the analysis's inputs in the build cache (null
     * without one).
     */
    private record CachedAnalysis(Article article, ArticleAnalysis analysis, List<Problem> lint, byte[] key) {
    }

    /**
     * The linked annotations, the digest naming what they were made from ({@link org.gloss.analyze.SiteAnalysis#inputs}),
     * the features' advice in article order, and the articles skipped.
     */
    record Analysed(Annotations annotations, String inputs, List<Problem> lint, List<Problem> skipped) {
    }
}
