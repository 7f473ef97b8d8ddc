package org.gloss.analyze;

import java.util.List;

/** What analysis finds in one article on its own: its text blocks, quotations and glossary mentions. */
public record ArticleAnalysis(ArticleText text, List<Quote> quotes, List<GlossaryMention> mentions) {

    public ArticleAnalysis {
        quotes = List.copyOf(quotes);
        mentions = List.copyOf(mentions);
    }
}
