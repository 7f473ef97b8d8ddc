package org.gloss.analyze;

import java.util.List;
import org.gloss.features.glossary.Glossary;
import org.gloss.features.glossary.GlossaryMention;
import org.gloss.features.passages.SharedPassage;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteCluster;

/**
 * Everything analysis found across the corpus: each article's text blocks, its quotations (with
 * clusters linking them across articles), its glossary mentions, and the unquoted passages it
 * shares with other articles.
 */
public record Annotations(
        List<ArticleText> texts,
        List<Quote> quotes,
        List<QuoteCluster> clusters,
        Glossary glossary,
        List<GlossaryMention> mentions,
        List<SharedPassage> passages) {

    public Annotations {
        texts = List.copyOf(texts);
        quotes = List.copyOf(quotes);
        clusters = List.copyOf(clusters);
        mentions = List.copyOf(mentions);
        passages = List.copyOf(passages);
    }

    /** Annotations without shared passages. */
    public Annotations(List<ArticleText> texts, List<Quote> quotes, List<QuoteCluster> clusters, Glossary glossary,
                       List<GlossaryMention> mentions) {
        this(texts, quotes, clusters, glossary, mentions, List.of());
    }
}
