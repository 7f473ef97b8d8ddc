package org.gloss.analyze;

import java.util.ArrayList;
import java.util.List;
import org.gloss.ingest.Article;

/** The analysis stage: article text → quotations linked across articles, and glossary mentions. */
public final class Analyzer {

    private final ArticleTextExtractor textExtractor = new ArticleTextExtractor();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private final QuoteMatcher quoteMatcher = new QuoteMatcher();
    private final CodeText codeText = new CodeText();
    private final SharedPassageFinder passageFinder = new SharedPassageFinder();

    public Annotations analyze(List<Article> articles, Glossary glossary) {
        GlossaryMatcher glossaryMatcher = new GlossaryMatcher(glossary);
        List<ArticleText> texts = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<GlossaryMention> mentions = new ArrayList<>();
        for (Article a : articles) {
            ArticleText text = textExtractor.extract(a);
            texts.add(text);
            quotes.addAll(quoteExtractor.extract(text));
            mentions.addAll(glossaryMatcher.find(text, codeText.in(a.body())));
        }
        QuoteMatcher.Result matched = quoteMatcher.match(quotes);
        List<SharedPassage> passages = passageFinder.find(texts, matched.quotes());
        return new Annotations(texts, matched.quotes(), matched.clusters(), glossary, mentions, passages);
    }
}
