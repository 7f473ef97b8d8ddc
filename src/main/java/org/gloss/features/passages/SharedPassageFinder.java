package org.gloss.features.passages;

import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ItemGrams;
import org.gloss.analyze.KeyLimits;
import org.gloss.analyze.PairCandidates;
import org.gloss.analyze.PairFinder;
import org.gloss.features.quotations.Quote;

/**
 * Finds unquoted sentences that several articles share (wire copy): each sentence's words outside
 * quotation marks as 4-word shingles ({@link PassageSentence}), candidate pairs from a
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
                .map(t -> PassageSentence.of(t, byArticle.getOrDefault(t.articleId(), List.of())))
                .toList());
    }

    /** The shared passages among each article's sentences ({@code perArticle} in the order of {@code texts}). */
    List<SharedPassage> findAmong(List<ArticleText> texts, List<List<PassageSentence>> perArticle) {
        return findAmong(texts, perArticle, PairFinder.LOCAL);
    }

    /**
     * {@link #findAmong(List, List)} with the candidate pairs found by {@code pairs}, each sentence
     * known by its article and its place there: a sentence's findings, and so a pair's score, are
     * its article's alone, so a finder that remembers them ({@code RememberedPairs}) compares and
     * indexes after an edit only what the edit changed.
     */
    List<SharedPassage> findAmong(List<ArticleText> texts, List<List<PassageSentence>> perArticle, PairFinder pairs) {
        List<PassageSentence> sentences = perArticle.stream().flatMap(List::stream).toList();
        int[] counts = perArticle.stream().mapToInt(List::size).toArray();
        return findAmong(texts, sentences, pairs.pairs(new ItemGrams(COMPARISON, counts,
                sentences.stream().map(PassageSentence::shingles).toList()), KEYS, MIN_SHARED));
    }

    /**
     * The shared passages among {@code sentences} (all articles', in article order), comparing the
     * {@code candidates}. Each passage lists its other printings in sentence order, so the result
     * never depends on the order of the pairs.
     */
    List<SharedPassage> findAmong(List<ArticleText> texts, List<PassageSentence> sentences,
                                  PairCandidates candidates) {
        List<PairCandidates.Match> matches = candidates.matches((i, j) -> score(sentences.get(i), sentences.get(j)));
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
        Map<String, ArticleText> byId = new HashMap<>();
        texts.forEach(t -> byId.put(t.articleId(), t));
        List<SharedPassage> out = new ArrayList<>();
        for (int from = 0; from < entries.length; ) {
            int i = (int) (entries[from] >>> 32);
            List<SharedPassage.Elsewhere> elsewhere = new ArrayList<>();
            int to = from;
            for (; to < entries.length && (int) (entries[to] >>> 32) == i; to++) {
                PassageSentence other = sentences.get((int) entries[to]);
                elsewhere.add(new SharedPassage.Elsewhere(other.articleId(), other.span(), scores.get(entries[to])));
            }
            PassageSentence s = sentences.get(i);
            out.add(new SharedPassage(s.articleId(), s.span(), byId.get(s.articleId()).text(s.span()), elsewhere));
            from = to;
        }
        return out;
    }

    /** The share of the shorter sentence's shingles in the other when enough to count; else (or within one article) 0. */
    private static double score(PassageSentence a, PassageSentence b) {
        if (a.articleId().equals(b.articleId())) {
            return 0;
        }
        double containment = PassageSentence.containment(a.shingles(), b.shingles());
        return containment >= MIN_CONTAINMENT ? containment : 0;
    }
}
