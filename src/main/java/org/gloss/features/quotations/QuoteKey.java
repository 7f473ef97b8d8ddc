package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.NgramIndex;

/**
 * A quotation in the forms the cross-article matching compares: its {@link MatchKey}'s tokens and
 * the stems that judge a rewording (distinct, sorted, so that two quotations intersect by
 * merging). It depends on the quotation's words alone, so it is made once with its article (and
 * reused by incremental builds) instead of on every link. It is kept with every article's
 * analysis until the link, so its word lists are {@link PackedWords} (one {@code String} a list,
 * not one a word), and the grams that suggest pairs ({@link #bigrams}, {@link #contentGrams}) are
 * made from it when the link indexes them, which needs them only until the pairs are found.
 */
record QuoteKey(String tokens, int words, String stems, String contentStems) {

    /**
     * The packed lists interned: a statement's printings mostly reduce to the same tokens and stems
     * (half the keys' text at 10,000 bench articles), and every key is kept until the link. The
     * canonical constructor is the one way in, for a key made with its article and for one read
     * back from the build cache alike. {@link String#intern} rather than a map of our own: a map
     * for the build would have to reach the cache's decoding, and the JVM's table lets a string
     * go once no key holds it.
     */
    QuoteKey {
        tokens = tokens.intern();
        stems = stems.intern();
        contentStems = contentStems.intern();
    }

    /** The key of a quotation's words as printed. */
    static QuoteKey of(String text) {
        MatchKey key = MatchKey.of(text);
        List<String> stems = Rewording.stems(key);
        return new QuoteKey(PackedWords.of(key.tokens()), key.words(), sortedDistinct(stems),
                sortedDistinct(Rewording.contentStems(stems)));
    }

    /** The tokens as a {@link MatchKey} (new each call). */
    MatchKey matchKey() {
        return new MatchKey(PackedWords.list(tokens));
    }

    /** How many tokens the key has, gaps and brackets included. */
    int tokenCount() {
        return PackedWords.count(tokens);
    }

    /** The word-pair grams of the plain words (no gaps or brackets), made anew each call. */
    long[] bigrams() {
        // The plain words cut straight from the packed tokens: no MatchKey, no stream.
        List<String> plain = new ArrayList<>();
        for (int from = 0; from < tokens.length(); ) {
            int end = PackedWords.end(tokens, from);
            String t = tokens.substring(from, end);
            if (!t.equals(MatchKey.GAP) && !t.equals(MatchKey.WILD)) {
                plain.add(t);
            }
            from = end + 1;
        }
        return NgramIndex.bigrams(plain);
    }

    /**
     * The grams of the meaningful stems, made anew each call: in the order of a hash set of them
     * made from the words' stems, as when they were made with the key (the order fixes the order
     * of the candidate pairs).
     */
    long[] contentGrams() {
        Set<String> content = Rewording.contentStems(Rewording.stems(matchKey()));
        return NgramIndex.unigrams(List.copyOf(content));
    }

    private static String sortedDistinct(Collection<String> words) {
        return PackedWords.of(words.stream().distinct().sorted().toList());
    }
}
