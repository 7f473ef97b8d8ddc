package org.gloss.analyze;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds unquoted sentences that several articles share (wire copy): each sentence's words outside
 * quotation marks as 4-word shingles, candidate pairs from a capped {@link NgramIndex}, kept when
 * most of the shorter sentence's shingles are in the other.
 */
public final class SharedPassageFinder {

    /** Sentences with fewer unquoted words than this are too short to tell copy from coincidence. */
    static final int MIN_WORDS = 8;
    static final int SHINGLE = 4;
    /** Share of the shorter sentence's shingles the other must contain. */
    static final double MIN_CONTAINMENT = 0.5;
    static final int MAX_POSTINGS = 64;

    private record Sentence(String articleId, Span span, String text, Set<Long> shingles) {
    }

    public List<SharedPassage> find(List<ArticleText> texts, List<Quote> quotes) {
        Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
        for (Quote q : quotes) {
            byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
        }
        List<Sentence> sentences = new ArrayList<>();
        for (ArticleText t : texts) {
            sentences.addAll(sentences(t, byArticle.getOrDefault(t.articleId(), List.of())));
        }
        NgramIndex index = new NgramIndex(MAX_POSTINGS);
        for (Sentence s : sentences) {
            index.add(s.shingles().stream().mapToLong(Long::longValue).toArray());
        }
        Map<Integer, List<SharedPassage.Elsewhere>> found = new LinkedHashMap<>();
        for (int[] p : index.candidatePairs(2)) {
            Sentence a = sentences.get(p[0]);
            Sentence b = sentences.get(p[1]);
            if (a.articleId().equals(b.articleId())) {
                continue;
            }
            double score = containment(a.shingles(), b.shingles());
            if (score >= MIN_CONTAINMENT) {
                found.computeIfAbsent(p[0], k -> new ArrayList<>())
                        .add(new SharedPassage.Elsewhere(b.articleId(), b.span(), score));
                found.computeIfAbsent(p[1], k -> new ArrayList<>())
                        .add(new SharedPassage.Elsewhere(a.articleId(), a.span(), score));
            }
        }
        List<SharedPassage> out = new ArrayList<>();
        found.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Sentence s = sentences.get(e.getKey());
            out.add(new SharedPassage(s.articleId(), s.span(), s.text(), e.getValue()));
        });
        return out;
    }

    private static double containment(Set<Long> a, Set<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / Math.min(a.size(), b.size());
    }

    /** The article's sentences with enough unquoted words, each with the shingles of those words. */
    private static List<Sentence> sentences(ArticleText t, List<Quote> quotes) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : t.blocks()) {
            String masked = masked(b, quotes);
            for (int[] r : Sentences.split(masked)) {
                List<String> words = MatchKey.of(masked.substring(r[0], r[1])).plainWords().stream()
                        .filter(w -> !w.matches("x+")).toList();
                if (words.size() >= MIN_WORDS) {
                    Set<Long> sh = new HashSet<>();
                    for (long h : NgramIndex.shingles(words, SHINGLE)) {
                        sh.add(h);
                    }
                    Span span = new Span(b.index(), r[0], r[1]);
                    out.add(new Sentence(t.articleId(), span, b.text().substring(r[0], r[1]), sh));
                }
            }
        }
        return out;
    }

    /**
     * The block with quoted words replaced by a placeholder letter (same length), so sentences are
     * never split inside a quotation and quoted words never count as shared copy.
     */
    private static String masked(Block b, List<Quote> quotes) {
        StringBuilder sb = new StringBuilder(b.text());
        for (Quote q : quotes) {
            for (Span p : q.parts()) {
                if (p.block() == b.index()) {
                    for (int i = p.start(); i < p.end(); i++) {
                        sb.setCharAt(i, 'x');
                    }
                }
            }
        }
        return sb.toString();
    }
}
