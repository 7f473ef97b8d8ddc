package org.gloss.analyze;

import java.util.List;
import org.gloss.features.passages.PassageSentence;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteKey;

/**
 * What {@link Analyzer#link} compares of one article, made once with the article: each quotation's
 * {@link QuoteKey} (in the order of its quotations) and the unquoted sentences that may be shared
 * copy. Keeping them with the article's analysis means a link — redone on every incremental
 * rebuild — only does the work across articles.
 */
final class LinkKeys {

    private final List<QuoteKey> quotes;
    private final List<PassageSentence> sentences;

    private LinkKeys(List<QuoteKey> quotes, List<PassageSentence> sentences) {
        this.quotes = List.copyOf(quotes);
        this.sentences = List.copyOf(sentences);
    }

    /** The keys of an article's text and its quotations. */
    public static LinkKeys of(ArticleText text, List<Quote> quotes) {
        return new LinkKeys(quotes.stream().map(q -> QuoteKey.of(q.text())).toList(),
                PassageSentence.of(text, quotes));
    }

    List<QuoteKey> quotes() {
        return quotes;
    }

    List<PassageSentence> sentences() {
        return sentences;
    }
}
