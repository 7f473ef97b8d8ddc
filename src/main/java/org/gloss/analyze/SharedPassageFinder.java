package org.gloss.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds unquoted sentences that several articles share (wire copy): each sentence's words outside
 * quotation marks as 4-word shingles ({@link PassageSentence}), candidate pairs from a capped
 * {@link NgramIndex}, kept when most of the shorter sentence's shingles are in the other.
 */
public final class SharedPassageFinder {

    /** Share of the shorter sentence's shingles the other must contain. */
    static final double MIN_CONTAINMENT = 0.5;
    static final int MAX_POSTINGS = 64;

    /** The shared passages of {@code texts}, whose quotations are {@code quotes}. */
    public List<SharedPassage> find(List<ArticleText> texts, List<Quote> quotes) {
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
        List<PassageSentence> sentences = perArticle.stream().flatMap(List::stream).toList();
        NgramIndex index = new NgramIndex(MAX_POSTINGS);
        for (PassageSentence s : sentences) {
            index.add(s.shingles());
        }
        List<long[]> sorted = sentences.parallelStream().map(PassageSentence::sortedShingles).toList();
        Map<Integer, List<SharedPassage.Elsewhere>> found = new LinkedHashMap<>();
        for (int[] p : index.candidatePairs(2)) {
            PassageSentence a = sentences.get(p[0]);
            PassageSentence b = sentences.get(p[1]);
            if (a.articleId().equals(b.articleId())) {
                continue;
            }
            double score = PassageSentence.containment(sorted.get(p[0]), sorted.get(p[1]));
            if (score >= MIN_CONTAINMENT) {
                found.computeIfAbsent(p[0], k -> new ArrayList<>())
                        .add(new SharedPassage.Elsewhere(b.articleId(), b.span(), score));
                found.computeIfAbsent(p[1], k -> new ArrayList<>())
                        .add(new SharedPassage.Elsewhere(a.articleId(), a.span(), score));
            }
        }
        Map<String, ArticleText> byId = new HashMap<>();
        texts.forEach(t -> byId.put(t.articleId(), t));
        List<SharedPassage> out = new ArrayList<>();
        found.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            PassageSentence s = sentences.get(e.getKey());
            out.add(new SharedPassage(s.articleId(), s.span(), byId.get(s.articleId()).text(s.span()), e.getValue()));
        });
        return out;
    }
}
