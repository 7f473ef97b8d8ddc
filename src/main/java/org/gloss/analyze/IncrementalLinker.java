package org.gloss.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * Links articles across the corpus exactly as {@link Analyzer#link} does, through each step's
 * {@link AnalysisStep#incrementalLinker}, which keeps its indexes and comparisons between calls:
 * after an edit only the edited articles' share is redone. This is what makes an edit in
 * {@code serve} cheap; a one-off build links afresh. The steps' links are independent of each
 * other, so they run side by side (each mostly serial: updating an index, clustering, assembling
 * records). One call at a time.
 */
public final class IncrementalLinker {

    private final List<StepLinker<?, ?>> linkers = new ArrayList<>();

    /** A linker for {@code steps}, in that order. */
    public IncrementalLinker(List<AnalysisStep<?, ?>> steps) {
        steps.forEach(s -> linkers.add(StepLinker.of(s)));
    }

    /** Links the per-article results (in article order), as {@link Analyzer#link} would. */
    public Annotations link(List<ArticleAnalysis> perArticle) {
        List<ArticleText> texts = perArticle.stream().map(ArticleAnalysis::text).toList();
        // Every step but the first on another core; the first here.
        List<Forked<Findings>> others = new ArrayList<>();
        for (StepLinker<?, ?> l : linkers.subList(Math.min(1, linkers.size()), linkers.size())) {
            others.add(Forked.start(() -> l.link(texts, perArticle, Findings.NONE)));
        }
        Findings linked = linkers.isEmpty() ? Findings.NONE : linkers.get(0).link(texts, perArticle, Findings.NONE);
        for (int i = 0; i < others.size(); i++) {
            linked = linkers.get(i + 1).addTo(linked, others.get(i).join());
        }
        return new Annotations(texts, linked);
    }

    /** One step with the linker that keeps its state. */
    private record StepLinker<A, L>(AnalysisStep<A, L> step, AnalysisStep.Linker<A, L> linker) {

        static <A, L> StepLinker<A, L> of(AnalysisStep<A, L> step) {
            return new StepLinker<>(step, step.incrementalLinker());
        }

        Findings link(List<ArticleText> texts, List<ArticleAnalysis> perArticle, Findings linked) {
            return Analyzer.linkWith(step, linker, texts, perArticle, linked);
        }

        /** {@code linked} with this step's value taken from {@code own}, keeping the steps' order. */
        Findings addTo(Findings linked, Findings own) {
            return linked.with(step.linkedKey(), own.get(step.linkedKey()));
        }
    }
}
