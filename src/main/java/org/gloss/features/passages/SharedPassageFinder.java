package org.gloss.features.passages;

import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ItemGrams;
import org.gloss.analyze.KeyLimits;
import org.gloss.analyze.PairCandidates;
import org.gloss.analyze.PairFinder;
import org.gloss.analyze.Span;
import org.gloss.features.quotations.Quote;

/**
 * Finds unquoted sentences that several articles share (wire copy): each sentence's words outside
 * quotation marks as 4-word shingles ({@link ArticleSentences}), candidate pairs from a
 * {@link PairFinder}, kept when most of the shorter sentence's shingles are in the other.
 */
final class SharedPassageFinder {

    /** Share of the shorter sentence's shingles the other must contain. */
    static final double MIN_CONTAINMENT = 0.5;
    /**
     * A shingle in more sentences than 64 suggests no pair: unlike a quotation's printings, which
     * join one cluster, every shared passage lists each other printing by name, so a sentence in
     * thousands of articles (page furniture, a wire service's standing line) would make notes, and
     * work, that grow with the square of its printings. Such a sentence is not marked at all.
     */
    static final KeyLimits KEYS = KeyLimits.dropping(64);
    /** Shared shingles that make two sentences worth comparing. */
    static final int MIN_SHARED = 2;
    /**
     * The comparison's name for a {@link PairFinder} that knows items by their article: a build
     * remembers the sentence pairs it compared, and the candidate pairs, under it for the next.
     */
    static final String COMPARISON = "passages.shared";

    /** The shared passages of {@code texts}, whose quotations are {@code quotes}. */
    List<SharedPassage> find(List<ArticleText> texts, List<Quote> quotes) {
        Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
        for (Quote q : quotes) {
            byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
        }
        // Each article's sentences depend on that article alone: found on every core, kept in
        // article order so the numbering (and so the output) never changes.
        return findAmong(texts, texts.parallelStream()
                .map(t -> ArticleSentences.of(t, byArticle.getOrDefault(t.articleId(), List.of())))
                .toList());
    }

    /** The shared passages among each article's sentences ({@code perArticle} in the order of {@code texts}). */
    List<SharedPassage> findAmong(List<ArticleText> texts, List<ArticleSentences> perArticle) {
        return findAmong(texts, perArticle, PairFinder.LOCAL);
    }

    /**
     * {@link #findAmong(List, List)} with the candidate pairs found by {@code pairs}, each sentence
     * known by its article and its place there: a sentence's findings, and so a pair's score, are
     * its article's alone, so a finder that remembers them ({@code RememberedPairs}) compares and
     * indexes after an edit only what the edit changed.
     */
    List<SharedPassage> findAmong(List<ArticleText> texts, List<ArticleSentences> perArticle, PairFinder pairs) {
        Corpus c = Corpus.of(texts, perArticle);
        int[] counts = perArticle.stream().mapToInt(ArticleSentences::size).toArray();
        return findAmong(c, pairs.pairs(new ItemGrams(COMPARISON, counts, c.shingles()), KEYS, MIN_SHARED));
    }

    /**
     * The shared passages among every article's sentences ({@code perArticle} in the order of
     * {@code texts}), comparing the {@code candidates} (sentences numbered through the articles in
     * order).
     */
    List<SharedPassage> findAmong(List<ArticleText> texts, List<ArticleSentences> perArticle,
                                  PairCandidates candidates) {
        return findAmong(Corpus.of(texts, perArticle), candidates);
    }

    /**
     * The shared passages among the corpus's sentences, comparing the {@code candidates}. Each
     * passage lists its other printings in sentence order, so the result never depends on the
     * order of the pairs.
     */
    private static List<SharedPassage> findAmong(Corpus c, PairCandidates candidates) {
        List<PairCandidates.Match> matches = candidates.matches((i, j) -> score(c, i, j));
        // Each match both ways round as (sentence << 32 | other), sorted: passages in sentence
        // order, each with its other printings in sentence order.
        long[] entries = new long[matches.size() * 2];
        Long2DoubleOpenHashMap scores = new Long2DoubleOpenHashMap(entries.length);
        for (int k = 0; k < matches.size(); k++) {
            PairCandidates.Match m = matches.get(k);
            entries[2 * k] = (long) m.i() << 32 | m.j();
            entries[2 * k + 1] = (long) m.j() << 32 | m.i();
            scores.put(entries[2 * k], m.score());
            scores.put(entries[2 * k + 1], m.score());
        }
        Arrays.sort(entries);
        List<SharedPassage> out = new ArrayList<>();
        for (int from = 0; from < entries.length; ) {
            int i = (int) (entries[from] >>> 32);
            List<SharedPassage.Elsewhere> elsewhere = new ArrayList<>();
            int to = from;
            for (; to < entries.length && (int) (entries[to] >>> 32) == i; to++) {
                int other = (int) entries[to];
                elsewhere.add(new SharedPassage.Elsewhere(c.text(other).articleId(), c.span(other),
                        scores.get(entries[to])));
            }
            ArticleText t = c.text(i);
            Span span = c.span(i);
            out.add(new SharedPassage(t.articleId(), span, t.text(span), elsewhere));
            from = to;
        }
        return out;
    }

    /** The share of the shorter sentence's shingles in the other when enough to count; else (or within one article) 0. */
    private static double score(Corpus c, int i, int j) {
        if (c.article(i) == c.article(j)) {
            return 0;
        }
        double containment = ArticleSentences.containment(c.shingles().get(i), c.shingles().get(j));
        return containment >= MIN_CONTAINMENT ? containment : 0;
    }

    /**
     * Every article's sentences numbered through the articles in order: each one's shingles, and
     * its article (by place in {@code texts}, which are in the order of {@code perArticle}).
     */
    private record Corpus(List<ArticleText> texts, List<ArticleSentences> perArticle, int[] first,
                          List<long[]> shingles) {

        static Corpus of(List<ArticleText> texts, List<ArticleSentences> perArticle) {
            if (texts.size() != perArticle.size()) {
                throw new IllegalArgumentException(texts.size() + " articles, " + perArticle.size()
                        + " articles' sentences");
            }
            int[] first = new int[perArticle.size() + 1];
            List<long[]> shingles = new ArrayList<>();
            for (int a = 0; a < perArticle.size(); a++) {
                shingles.addAll(perArticle.get(a).shingles());
                first[a + 1] = shingles.size();
            }
            return new Corpus(texts, perArticle, first, shingles);
        }

        /** The article (by place) sentence {@code i} is in. */
        int article(int i) {
            int k = Arrays.binarySearch(first, i);
            if (k >= 0) {
                // i is the first sentence of article k, unless the articles from k on have none.
                while (first[k + 1] == i) {
                    k++;
                }
                return k;
            }
            return -k - 2;
        }

        ArticleText text(int i) {
            return texts.get(article(i));
        }

        Span span(int i) {
            int a = article(i);
            return perArticle.get(a).span(i - first[a]);
        }
    }
}
