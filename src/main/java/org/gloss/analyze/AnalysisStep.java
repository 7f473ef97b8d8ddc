package org.gloss.analyze;

import java.util.List;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;

/**
 * One feature's analysis, the analyze phase's extension point: what it finds in one article on
 * its own ({@link #analyzeArticle}: run on every core, cached per article by incremental builds),
 * and how it links those findings across the corpus ({@link #link}). Steps run in the order
 * they are registered, so a step may read what an earlier one found in the same article.
 * Implementations are immutable, and equal exactly when they would find the same things (a
 * changed setting, such as a new glossary, makes every article be analysed again).
 *
 * @param <A> what it finds in one article
 * @param <L> what it makes of all articles' findings together
 */
public interface AnalysisStep<A, L> {

    /** Where this step's per-article findings are kept. */
    ResultKey<A> articleKey();

    /** Where this step's linked findings are kept. */
    ResultKey<L> linkedKey();

    /** What this step finds in {@code article}, given what earlier steps found in it; safe to call concurrently. */
    A analyzeArticle(Article article, ArticleText text, Findings earlier);

    /** Advice for the content's author about one article (never fatal; the acronym lint). */
    default List<Problem> advice(Article article, ArticleText text, A found) {
        return List.of();
    }

    /** Links every article's findings ({@code perArticle}, in the order of {@code texts}). */
    L link(List<ArticleText> texts, List<A> perArticle);

    /**
     * {@link #link}, with the candidate pairs of items found by {@code pairs}: what a step that
     * compares items across articles overrides, so that the pairs may be found by another backend.
     * The default has no pairs to find.
     */
    default L link(List<ArticleText> texts, List<A> perArticle, PairFinder pairs) {
        return link(texts, perArticle);
    }

    /**
     * A linker that gives what {@link #link} gives but may keep what it computed between calls,
     * so that after an edit it redoes only the edited articles' share ({@code serve}). Unchanged
     * articles' findings are passed again as the same objects. The default keeps nothing.
     */
    default Linker<A, L> incrementalLinker() {
        return this::link;
    }

    /** A link across articles, called once per build; one call at a time. */
    @FunctionalInterface
    interface Linker<A, L> {
        L link(List<ArticleText> texts, List<A> perArticle);
    }
}
