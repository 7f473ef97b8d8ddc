package org.gloss.features.quotations;

import java.util.List;

/** Every quotation of the corpus with its cluster assigned (in article order), and the clusters. */
public record Quotations(List<Quote> quotes, List<QuoteCluster> clusters) {

    public Quotations {
        quotes = List.copyOf(quotes);
        clusters = List.copyOf(clusters);
    }
}
