package org.gloss.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the quotations in an article's text. */
public final class QuoteExtractor {

    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{2,}?)[\"”]");

    /** Quotes in document order, ids {@code <article>-q<n>}, each in a cluster of its own. */
    public List<Quote> extract(ArticleText text) {
        List<Quote> quotes = new ArrayList<>();
        for (Block b : text.blocks()) {
            Matcher m = QUOTED.matcher(b.text());
            while (m.find()) {
                String id = text.articleId() + "-q" + (quotes.size() + 1);
                Span span = new Span(b.index(), m.start(1), m.end(1));
                quotes.add(new Quote(id, text.articleId(), List.of(span), m.group(1), null, id, List.of()));
            }
        }
        return quotes;
    }
}
