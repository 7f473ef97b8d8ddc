package org.gloss.features.quotations;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.NgramIndex;

/**
 * A quotation in the forms the cross-article matching compares: its {@link MatchKey}'s tokens, the
 * word-pair grams that suggest printings of the same words, and the stems that judge a rewording
 * (distinct, sorted, so that two quotations intersect by merging). It depends on the quotation's
 * words alone, so it is made once with its article (and reused by incremental builds) instead of
 * on every link. It is kept with every article's analysis until the link, so its word lists are
 * {@link PackedWords} (one {@code String} a list, not one a word) and its grams arrays.
 */
record QuoteKey(String tokens, int words, long[] bigrams, String stems, String contentStems, long[] contentGrams) {

    /** The key of a quotation's words as printed. */
    static QuoteKey of(String text) {
        MatchKey key = MatchKey.of(text);
        List<String> stems = Rewording.stems(key);
        Set<String> content = Rewording.contentStems(stems);
        // Indexed in the hash set's order, as before: it fixes the order of the candidate pairs.
        long[] contentGrams = NgramIndex.unigrams(List.copyOf(content));
        return new QuoteKey(PackedWords.of(key.tokens()), key.words(), NgramIndex.bigrams(key.plainWords()),
                sortedDistinct(stems), sortedDistinct(content), contentGrams);
    }

    /** The tokens as a {@link MatchKey} (new each call). */
    MatchKey matchKey() {
        return new MatchKey(PackedWords.list(tokens));
    }

    /** How many tokens the key has, gaps and brackets included. */
    int tokenCount() {
        return PackedWords.count(tokens);
    }

    private static String sortedDistinct(Collection<String> words) {
        return PackedWords.of(words.stream().distinct().sorted().toList());
    }
}
