package org.gloss.features.quotations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.PageKeys;

/**
 * What the quotations' parts of the pages show: in an article's page, its quotations and, for
 * each cluster it prints (and each cluster it is similar to), every printing and the metadata of
 * the article it is printed in — not that article's body, so editing an article's prose re-renders
 * only its neighbours whose quotations moved. On the index, outlet and quotations pages, every
 * quotation and cluster; in the search index, every quotation.
 */
final class QuotationKeys implements PageKeys {

    private final Map<String, Article> articles;
    private final Quotations found;
    private final Map<String, Quote> quotes;
    private final Map<String, QuoteCluster> clusters;
    private final Map<String, List<Quote>> quotesByArticle;

    QuotationKeys(List<Article> articles, Quotations found) {
        this.articles = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        this.found = found;
        this.quotes = found.quotes().stream().collect(Collectors.toMap(Quote::id, Function.identity()));
        this.clusters = found.clusters().stream().collect(Collectors.toMap(QuoteCluster::id, Function.identity()));
        this.quotesByArticle = found.quotes().stream().collect(Collectors.groupingBy(Quote::articleId));
    }

    @Override
    public void addArticleKey(Article article, List<Object> key) {
        List<Quote> own = quotesByArticle.getOrDefault(article.id(), List.of());
        key.add(own);
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
    }

    @Override
    public void addSitePageKey(String path, List<Object> key) {
        if (path.equals(SiteLayout.INDEX) || path.equals(SiteLayout.QUOTES) || path.startsWith(SiteLayout.OUTLETS)) {
            key.add(found.clusters());
            key.add(found.quotes());
        } else if (path.equals(SiteLayout.SEARCH_INDEX)) {
            key.add(found.quotes());
        }
    }

    @Override
    public boolean makes(String path) {
        return path.equals(SiteLayout.QUOTES);
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
