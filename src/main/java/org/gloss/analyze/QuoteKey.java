package org.gloss.analyze;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A quotation in the forms the cross-article matching compares: its {@link MatchKey}, the word-pair
 * grams that suggest printings of the same words, and the stems that judge a rewording. It depends
 * on the quotation's words alone, so it is made once with its article (and reused by incremental
 * builds) instead of on every link.
 */
record QuoteKey(MatchKey key, int words, long[] bigrams, Set<String> stems, Set<String> contentStems,
                long[] contentGrams) {

    /** The key of a quotation's words as printed. */
    static QuoteKey of(String text) {
        MatchKey key = MatchKey.of(text);
        List<String> stems = Rewording.stems(key);
        // A hash set, not Set.copyOf: its iteration order, and so the order in which the grams
        // are indexed, must not depend on a per-run salt.
        Set<String> content = Rewording.contentStems(stems);
        long[] contentGrams = NgramIndex.unigrams(List.copyOf(content));
        return new QuoteKey(key, key.words(), NgramIndex.bigrams(key.plainWords()),
                Collections.unmodifiableSet(new HashSet<>(stems)), Collections.unmodifiableSet(content), contentGrams);
    }
}
