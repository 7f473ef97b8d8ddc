package org.gloss.features.passages;

import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.NgramIndex;
import org.gloss.analyze.Span;
import org.gloss.features.quotations.Quote;

/**
 * One article's unquoted sentences long enough to be compared for shared copy, in reading order:
 * where each stands ({@link #span}) and its distinct 4-word shingles in ascending order (as
 * {@link #containment} wants them). It depends on its article alone, so it is found with the
 * article and kept with its analysis until the link: hence no copy of the text, and no record a
 * sentence — the places are three ints a sentence in one array ({@code places}: block, start, end),
 * since every article's sentences are alive at the link, where a cold build's memory peaks (at
 * 10,000 bench articles a record a sentence was 12 MB of the live set; docs/PERFORMANCE.md).
 */
record ArticleSentences(int[] places, List<long[]> shingles) {

    /** Sentences with fewer unquoted words than this are too short to tell copy from coincidence. */
    static final int MIN_WORDS = 8;
    static final int SHINGLE = 4;

    ArticleSentences {
        if (places.length != 3 * shingles.size()) {
            throw new IllegalArgumentException("three ints a sentence: " + places.length + " for "
                    + shingles.size() + " sentences");
        }
        places = places.clone();
        shingles = List.copyOf(shingles);
    }

    /** The article's sentences with enough unquoted words, each with the shingles of those words. */
    static ArticleSentences of(ArticleText t, List<Quote> quotes) {
        List<long[]> shingles = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        for (Block b : t.blocks()) {
            String masked = masked(b, quotes);
            for (int[] r : Sentences.split(masked)) {
                List<String> words = MatchKey.of(masked.substring(r[0], r[1])).plainWords().stream()
                        .filter(w -> !isMask(w)).toList();
                if (words.size() >= MIN_WORDS) {
                    shingles.add(NgramIndex.sortedDistinct(NgramIndex.shingles(words, SHINGLE)));
                    places.add(new int[] {b.index(), r[0], r[1]});
                }
            }
        }
        int[] flat = new int[3 * places.size()];
        for (int k = 0; k < places.size(); k++) {
            System.arraycopy(places.get(k), 0, flat, 3 * k, 3);
        }
        return new ArticleSentences(flat, shingles);
    }

    /** How many sentences. */
    int size() {
        return shingles.size();
    }

    /** Where sentence {@code k} stands in its article. */
    Span span(int k) {
        return new Span(places[3 * k], places[3 * k + 1], places[3 * k + 2]);
    }

    /** The share of the smaller of two sentences' shingles (each ascending) the other also has. */
    static double containment(long[] a, long[] b) {
        return (double) NgramIndex.common(a, b, g -> true) / Math.min(a.length, b.length);
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
    static String masked(Block b, List<Quote> quotes) {
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
