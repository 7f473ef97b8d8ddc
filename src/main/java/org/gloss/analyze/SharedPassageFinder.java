package org.gloss.analyze;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * A sentence and its distinct shingles: {@code indexed} in the order they are indexed (a hash
     * set's, which fixes the order of the pairs and so of each passage's list of other printings),
     * {@code sorted} so that two sentences intersect by merging.
     */
    private record Sentence(String articleId, Span span, String text, long[] indexed, long[] sorted) {
    }

    public List<SharedPassage> find(List<ArticleText> texts, List<Quote> quotes) {
        Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
        for (Quote q : quotes) {
            byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
        }
        // Each article's sentences depend on that article alone: find them on every core, then
        // put them back in article order so the numbering (and so the output) never changes.
        List<Sentence> sentences = texts.parallelStream()
                .map(t -> sentences(t, byArticle.getOrDefault(t.articleId(), List.of())))
                .toList().stream().flatMap(List::stream).toList();
        NgramIndex index = new NgramIndex(MAX_POSTINGS);
        for (Sentence s : sentences) {
            index.add(s.indexed());
        }
        Map<Integer, List<SharedPassage.Elsewhere>> found = new LinkedHashMap<>();
        for (int[] p : index.candidatePairs(2)) {
            Sentence a = sentences.get(p[0]);
            Sentence b = sentences.get(p[1]);
            if (a.articleId().equals(b.articleId())) {
                continue;
            }
            double score = containment(a.sorted(), b.sorted());
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

    private static double containment(long[] a, long[] b) {
        int both = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
        }
        return (double) both / Math.min(a.length, b.length);
    }

    /** The article's sentences with enough unquoted words, each with the shingles of those words. */
    private static List<Sentence> sentences(ArticleText t, List<Quote> quotes) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : t.blocks()) {
            String masked = masked(b, quotes);
            for (int[] r : Sentences.split(masked)) {
                List<String> words = MatchKey.of(masked.substring(r[0], r[1])).plainWords().stream()
                        .filter(w -> !isMask(w)).toList();
                if (words.size() >= MIN_WORDS) {
                    Set<Long> distinct = new HashSet<>();
                    for (long h : NgramIndex.shingles(words, SHINGLE)) {
                        distinct.add(h);
                    }
                    long[] indexed = distinct.stream().mapToLong(Long::longValue).toArray();
                    long[] sorted = indexed.clone();
                    Arrays.sort(sorted);
                    Span span = new Span(b.index(), r[0], r[1]);
                    out.add(new Sentence(t.articleId(), span, b.text().substring(r[0], r[1]), indexed, sorted));
                }
            }
        }
        return out;
    }

    /** A word made only of the placeholder letter: a masked quotation. */
    private static boolean isMask(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) != 'x') {
                return false;
            }
        }
        return !w.isEmpty();
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
