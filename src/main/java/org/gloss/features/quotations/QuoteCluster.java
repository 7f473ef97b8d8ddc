package org.gloss.features.quotations;

import java.util.List;

/**
 * Every printing of one quotation: the quote ids in article order and the longest printing, which
 * the others are compared against.
 */
public record QuoteCluster(String id, String canonicalQuoteId, List<String> quoteIds, String speaker) {
    public QuoteCluster {
        quoteIds = List.copyOf(quoteIds);
    }

    /** True when the quotation appears in more than one place. */
    public boolean shared() {
        return quoteIds.size() > 1;
    }
}
