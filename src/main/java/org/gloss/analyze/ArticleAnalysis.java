package org.gloss.analyze;

import java.util.List;
import org.gloss.features.glossary.GlossaryMention;
import org.gloss.features.quotations.Quote;

/**
 * What analysis finds in one article on its own: its text blocks, quotations and glossary mentions,
 * and the keys linking compares them by.
 */
public record ArticleAnalysis(ArticleText text, List<Quote> quotes, List<GlossaryMention> mentions, LinkKeys keys) {

    public ArticleAnalysis {
        quotes = List.copyOf(quotes);
        mentions = List.copyOf(mentions);
        if (keys.quotes().size() != quotes.size()) {
            throw new IllegalArgumentException("one key per quotation: " + keys.quotes().size() + " keys for "
                    + quotes.size() + " quotations of " + text.articleId());
        }
    }

    /** The analysis of an article, with its link keys made from its text and quotations. */
    public ArticleAnalysis(ArticleText text, List<Quote> quotes, List<GlossaryMention> mentions) {
        this(text, quotes, mentions, LinkKeys.of(text, quotes));
    }
}
