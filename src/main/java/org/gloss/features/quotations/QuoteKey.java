package org.gloss.features.quotations;

import java.util.List;
import java.util.Set;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.NgramIndex;

/**
 * A quotation in the forms the cross-article matching compares: its {@link MatchKey}, the word-pair
 * grams that suggest printings of the same words, and the stems that judge a rewording (distinct,
 * sorted, so that two quotations intersect by merging; arrays, not hash sets, as they are kept with
 * every article's analysis). It depends on the quotation's words alone, so it is made once with
 * its article (and reused by incremental builds) instead of on every link.
 */
record QuoteKey(MatchKey key, int words, long[] bigrams, String[] stems, String[] contentStems,
                long[] contentGrams) {

    /** The key of a quotation's words as printed. */
    static QuoteKey of(String text) {
        MatchKey key = MatchKey.of(text);
        List<String> stems = Rewording.stems(key);
        Set<String> content = Rewording.contentStems(stems);
        // Indexed in the hash set's order, as before: it fixes the order of the candidate pairs.
        long[] contentGrams = NgramIndex.unigrams(List.copyOf(content));
        return new QuoteKey(key, key.words(), NgramIndex.bigrams(key.plainWords()), sortedDistinct(stems),
                sortedDistinct(content), contentGrams);
    }

    private static String[] sortedDistinct(java.util.Collection<String> words) {
        return words.stream().distinct().sorted().toArray(String[]::new);
    }
}
