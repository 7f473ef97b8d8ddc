package org.gloss;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.analyze.Annotations;
import org.gloss.core.SiteLayout;
import org.gloss.features.glossary.GlossaryMention;
import org.gloss.features.passages.SharedPassage;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteCluster;
import org.gloss.ingest.Article;

/**
 * What an article's page is made from, as one value that is equal between two builds exactly
 * when the page would come out the same: the article itself, its quotations and glossary
 * mentions, and for each quotation's cluster (and each cluster it is similar to) every printing
 * and the metadata (outlet, title, date...) of the article it is printed in, and likewise for
 * its shared passages — not that article's body, so editing an article's prose re-renders only
 * its neighbours whose quotations moved. The glossary, site settings and theme are the same for
 * every page, so a change there drops all cached pages instead. If article pages start to show anything
 * else about other articles, it must be added here — the incremental-build test will fail until it is.
 */
final class PageDependencies {

    private final Map<String, Article> articles;
    private final Map<String, Quote> quotes;
    private final Map<String, QuoteCluster> clusters;
    private final Map<String, List<Quote>> quotesByArticle;
    private final Map<String, List<GlossaryMention>> mentionsByArticle;
    private final Map<String, List<SharedPassage>> passagesByArticle;
    private final Annotations ann;
    /** Every article's id and metadata, in order: what lists of articles show of them. */
    private final List<Object> cards;

    PageDependencies(List<Article> articles, Annotations ann) {
        this.ann = ann;
        this.cards = cards(articles);
        this.articles = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        this.quotes = ann.quotes().stream().collect(Collectors.toMap(Quote::id, Function.identity()));
        this.clusters = ann.clusters().stream().collect(Collectors.toMap(QuoteCluster::id, Function.identity()));
        this.quotesByArticle = ann.quotes().stream().collect(Collectors.groupingBy(Quote::articleId));
        this.mentionsByArticle = ann.mentions().stream().collect(Collectors.groupingBy(GlossaryMention::articleId));
        this.passagesByArticle = ann.passages().stream().collect(Collectors.groupingBy(SharedPassage::articleId));
    }

    /** The value to compare between builds for {@code article}'s page. */
    List<Object> of(Article article) {
        List<Quote> own = quotesByArticle.getOrDefault(article.id(), List.of());
        List<Object> key = new ArrayList<>();
        key.add(article);
        key.add(own);
        key.add(mentionsByArticle.getOrDefault(article.id(), List.of()));
        // "Also in ..." notes name the other articles' outlets and link to their passages.
        for (SharedPassage p : passagesByArticle.getOrDefault(article.id(), List.of())) {
            key.add(p);
            for (SharedPassage.Elsewhere o : p.elsewhere()) {
                Article other = articles.get(o.articleId());
                key.add(other == null ? null : other.metadata());
            }
        }
        for (String clusterId : clustersTouched(own)) {
            QuoteCluster cluster = clusters.get(clusterId);
            key.add(cluster);
            if (cluster == null) {
                continue;
            }
            for (String quoteId : cluster.quoteIds()) {
                Quote q = quotes.get(quoteId);
                key.add(q);
                Article printedIn = q == null ? null : articles.get(q.articleId());
                key.add(printedIn == null ? null : printedIn.metadata());
            }
        }
        return key;
    }

    /**
     * The value to compare between builds for a page about the whole site, or null for a page this
     * does not know (it is then always rendered). Each key holds everything its page reads apart
     * from the glossary, site settings and theme, whose changes drop every page anyway: the
     * index and outlet pages list every article and the quotations shared between them; the
     * glossary page links every mention; the quotations page collates every cluster; the search
     * index holds every paragraph and quotation.
     */
    Object ofSitePage(String path) {
        if (path.equals(SiteLayout.INDEX) || path.equals(SiteLayout.QUOTES) || path.startsWith(SiteLayout.OUTLETS)) {
            return List.of(cards, ann.clusters(), ann.quotes());
        }
        return switch (path) {
            case SiteLayout.GLOSSARY -> List.of(cards, ann.mentions());
            case SiteLayout.SEARCH_INDEX -> List.of(cards, ann.texts(), ann.quotes());
            case SiteLayout.SEARCH, SiteLayout.NOT_FOUND -> List.of();
            default -> null;
        };
    }

    private static List<Object> cards(List<Article> articles) {
        List<Object> cards = new ArrayList<>(articles.size() * 2);
        for (Article a : articles) {
            cards.add(a.id());
            cards.add(a.metadata());
        }
        return cards;
    }

    private static Set<String> clustersTouched(List<Quote> own) {
        Set<String> ids = new TreeSet<>();
        for (Quote q : own) {
            ids.add(q.cluster());
            q.similarTo().forEach(s -> ids.add(s.cluster()));
        }
        return ids;
    }
}
