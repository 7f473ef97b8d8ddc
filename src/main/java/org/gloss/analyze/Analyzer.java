package org.gloss.analyze;

import java.util.ArrayList;
import java.util.List;
import org.gloss.features.glossary.CodeText;
import org.gloss.features.glossary.Glossary;
import org.gloss.features.glossary.GlossaryMatcher;
import org.gloss.features.glossary.GlossaryMention;
import org.gloss.features.passages.PassageSentence;
import org.gloss.features.passages.SharedPassageFinder;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteExtractor;
import org.gloss.features.quotations.QuoteKey;
import org.gloss.features.quotations.QuoteMatcher;
import org.gloss.ingest.Article;

/**
 * The analysis stage: article text → quotations linked across articles, and glossary mentions.
 * It has two steps: {@link #analyzeArticle} looks at one article alone (so articles can be
 * analysed in parallel, and an unchanged article's result reused by incremental builds), and
 * {@link #link} looks across all of them.
 */
public final class Analyzer {

    private final ArticleTextExtractor textExtractor = new ArticleTextExtractor();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();
    private final QuoteMatcher quoteMatcher = new QuoteMatcher();
    private final CodeText codeText = new CodeText();
    private final SharedPassageFinder passageFinder = new SharedPassageFinder();

    public Annotations analyze(List<Article> articles, Glossary glossary) {
        GlossaryMatcher glossaryMatcher = new GlossaryMatcher(glossary);
        return link(articles.parallelStream().map(a -> analyzeArticle(a, glossaryMatcher)).toList(), glossary);
    }

    /** What can be found in one article without looking at any other; safe to call concurrently. */
    public ArticleAnalysis analyzeArticle(Article article, GlossaryMatcher glossaryMatcher) {
        ArticleText text = textExtractor.extract(article);
        List<Quote> quotes = quoteExtractor.extract(text);
        // The keys depend on this article alone: made here, they are cached with it by incremental
        // builds, and link only does the work across articles.
        return new ArticleAnalysis(text, quotes, glossaryMatcher.find(text, codeText.in(article.body())),
                LinkKeys.of(text, quotes));
    }

    /** Links the per-article results (in article order) across the corpus. */
    public Annotations link(List<ArticleAnalysis> perArticle, Glossary glossary) {
        Corpus c = Corpus.of(perArticle);
        // One half after the other, unlike IncrementalLinker: a full link's comparisons already
        // keep both cores busy, and at 10,000 articles the two halves' indexes held at once raised
        // peak resident memory by 150 MB for no gain in wall time.
        QuoteMatcher.Result matched = quoteMatcher.match(c.quotes(), c.keys());
        return new Annotations(c.texts(), matched.quotes(), matched.clusters(), glossary, c.mentions(),
                passageFinder.findAmong(c.texts(), c.sentences()));
    }

    /** Everything the articles' analyses hold, each kind in one list in article order. */
    record Corpus(List<ArticleText> texts, List<Quote> quotes, List<GlossaryMention> mentions, List<QuoteKey> keys,
                  List<List<PassageSentence>> sentences) {

        static Corpus of(List<ArticleAnalysis> perArticle) {
            List<ArticleText> texts = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>();
            List<GlossaryMention> mentions = new ArrayList<>();
            List<QuoteKey> keys = new ArrayList<>();
            List<List<PassageSentence>> sentences = new ArrayList<>();
            for (ArticleAnalysis a : perArticle) {
                texts.add(a.text());
                quotes.addAll(a.quotes());
                mentions.addAll(a.mentions());
                keys.addAll(a.keys().quotes());
                sentences.add(a.keys().sentences());
            }
            return new Corpus(texts, quotes, mentions, keys, sentences);
        }
    }
}
