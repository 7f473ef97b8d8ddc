package org.gloss.features.quotations;

import java.util.List;

/**
 * The quotations found in one article, with the key each is compared by (in the same order):
 * made with the article, so a link — redone on every incremental rebuild — only does the work
 * across articles.
 */
public record ArticleQuotes(List<Quote> quotes, List<QuoteKey> keys) {

    public ArticleQuotes {
        quotes = List.copyOf(quotes);
        keys = List.copyOf(keys);
        if (keys.size() != quotes.size()) {
            throw new IllegalArgumentException("one key per quotation: " + keys.size() + " keys for "
                    + quotes.size() + " quotations");
        }
    }
}
