package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleText;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.PageKeys;

/**
 * What the quotations' parts of the pages show: in an article's page, its quotations and, for
 * each, the other printings its popover lists ({@link OtherPrintings}: the first few, with the
 * metadata of the articles they are printed in) and how many there are; for each cluster it prints
 * (and each cluster it is similar to), the quotations page that lists it (its markers link there)
 * and its canonical printing (a rewording's popover names it) — not the printings it does not
 * list, so an article page's key stays small however many articles print a statement, and not
 * those articles' bodies, so editing an article's prose re-renders only its neighbours whose
 * quotations moved. On the index, outlet and quotations pages, every article's quotations
 * (with the paragraph each opens in) and the clusters; in the search index, every quotation.
 */
final class QuotationKeys implements PageKeys {

    private final Map<String, Article> articles;
    private final Quotations found;
    private final Map<String, Quote> quotes;
    private final Map<String, QuoteCluster> clusters;
    private final Map<String, List<Quote>> quotesByArticle;
    private final Map<String, ArticleText> texts;
    private final QuotesPages pages;
    private final OtherPrintings printings;

    QuotationKeys(List<Article> articles, Annotations ann, int pageSize) {
        this.articles = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        this.found = ann.get(QuotationsFeature.LINKED);
        this.quotes = found.quotes().stream().collect(Collectors.toMap(Quote::id, Function.identity()));
        this.clusters = found.clusters().stream().collect(Collectors.toMap(QuoteCluster::id, Function.identity()));
        this.quotesByArticle = found.quotes().stream().collect(Collectors.groupingBy(Quote::articleId));
        this.texts = ann.texts().stream().collect(Collectors.toMap(ArticleText::articleId, Function.identity(), (a, b) -> a));
        this.pages = new QuotesPages(found.clusters(), quotes::get, pageSize);
        this.printings = OtherPrintings.of(found, id -> {
            Article a = this.articles.get(id);
            return a == null ? null : a.metadata().date();
        });
    }

    @Override
    public void addArticleKey(Article article, List<Object> key) {
        List<Quote> own = quotesByArticle.getOrDefault(article.id(), List.of());
        key.add(own);
        // The page's own numbers in one list. A page key's records are digested once each, by
        // identity (PageDependencies), as the printings and metadata are shared by many pages.
        List<Object> counts = new ArrayList<>();
        for (OtherPrintings.Listed others : printings.of(own)) {
            counts.add(others.total());
            counts.add(others.elsewhere());
            for (Quote o : others.listed()) {
                addPrinting(o, key);
            }
        }
        for (String clusterId : clustersTouched(own)) {
            QuoteCluster cluster = clusters.get(clusterId);
            key.add(clusterId);
            if (cluster == null) {
                continue;
            }
            key.add(cluster.speaker());
            counts.add(cluster.quoteIds().size());
            counts.add(pages.pageOf(clusterId));
            addPrinting(quotes.get(cluster.canonicalQuoteId()), key);
        }
        key.add(counts);
    }

    /** A printing another page names, and the metadata of the article it is printed in. */
    private void addPrinting(Quote q, List<Object> key) {
        key.add(q);
        Article printedIn = q == null ? null : articles.get(q.articleId());
        key.add(printedIn == null ? null : printedIn.metadata());
    }

    @Override
    public void addSiteArticleKey(Article article, List<Object> key) {
        List<Quote> own = quotesByArticle.getOrDefault(article.id(), List.of());
        key.add(own);
        // The quotations pages cite where each printing opens (¶ N), which headings before it move.
        key.add(PageKeys.paragraphs(texts.get(article.id()), own,
                q -> q.parts().isEmpty() ? -1 : q.parts().get(0).block()));
    }

    @Override
    public boolean showsArticles(String path) {
        return lists(path) || path.equals(SiteLayout.SEARCH_INDEX);
    }

    @Override
    public void addSitePageKey(String path, List<Object> key) {
        if (lists(path)) {
            key.add(found.clusters());
        }
    }

    @Override
    public boolean makes(String path) {
        return path.equals(SiteLayout.QUOTES) || path.startsWith(QUOTES_PAGES);
    }

    /** Where the quotations pages after the first are ({@code quotes/page/N/index.html}). */
    private static final String QUOTES_PAGES = "quotes/";

    /** The index's pages (the coverage matrix), the outlets' pages and the quotations pages. */
    private boolean lists(String path) {
        return path.equals(SiteLayout.INDEX) || path.startsWith("page/") || path.startsWith(SiteLayout.OUTLETS)
                || makes(path);
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
