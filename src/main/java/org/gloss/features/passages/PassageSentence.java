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
 * An unquoted sentence long enough to be compared for shared copy: where it stands, and its
 * distinct 4-word shingles in ascending order (as {@link #containment} wants them). It depends on
 * its article alone, so it is found with the article and kept with its analysis: hence no copy of
 * its text.
 */
record PassageSentence(String articleId, int block, int start, int end, long[] shingles) {

    /** Sentences with fewer unquoted words than this are too short to tell copy from coincidence. */
    static final int MIN_WORDS = 8;
    static final int SHINGLE = 4;

    /** The article's sentences with enough unquoted words, each with the shingles of those words. */
    static List<PassageSentence> of(ArticleText t, List<Quote> quotes) {
        List<PassageSentence> out = new ArrayList<>();
        for (Block b : t.blocks()) {
            String masked = masked(b, quotes);
            for (int[] r : Sentences.split(masked)) {
                List<String> words = MatchKey.of(masked.substring(r[0], r[1])).plainWords().stream()
                        .filter(w -> !isMask(w)).toList();
                if (words.size() >= MIN_WORDS) {
                    long[] shingles = NgramIndex.sortedDistinct(NgramIndex.shingles(words, SHINGLE));
                    out.add(new PassageSentence(t.articleId(), b.index(), r[0], r[1], shingles));
                }
            }
        }
        return out;
    }

    /** Where the sentence stands in its article. */
    Span span() {
        return new Span(block, start, end);
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
