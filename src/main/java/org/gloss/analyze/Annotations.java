package org.gloss.analyze;

import java.util.List;

/**
 * Everything analysis found across the corpus: each article's text blocks, its quotations (with
 * clusters linking them across articles) and its glossary mentions.
 */
public record Annotations(
        List<ArticleText> texts,
        List<Quote> quotes,
        List<QuoteCluster> clusters,
        Glossary glossary,
        List<GlossaryMention> mentions) {

    public Annotations {
        texts = List.copyOf(texts);
        quotes = List.copyOf(quotes);
        clusters = List.copyOf(clusters);
        mentions = List.copyOf(mentions);
    }
}
