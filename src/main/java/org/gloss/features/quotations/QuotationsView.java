package org.gloss.features.quotations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.ingest.Article;
import org.gloss.render.SiteView;

/** The lookups every quotation part of the pages shares, made once per render from the site's view. */
final class QuotationsView {

    private final SiteView site;
    private final Quotations found;
    private final Map<String, QuoteCluster> clusters;
    private final Map<String, Quote> quotes;
    private final Map<String, List<Quote>> quotesByArticle;
    private final OtherPrintings printings;
    private final QuotesPages pages;

    QuotationsView(SiteView site) {
        this.site = site;
        this.found = site.annotations().get(QuotationsFeature.LINKED);
        this.clusters = found.clusters().stream().collect(Collectors.toMap(QuoteCluster::id, Function.identity()));
        this.quotes = found.quotes().stream().collect(Collectors.toMap(Quote::id, Function.identity()));
        this.quotesByArticle = found.quotes().stream().collect(Collectors.groupingBy(Quote::articleId));
        this.printings = OtherPrintings.of(found, id -> site.article(id).metadata().date());
        this.pages = new QuotesPages(found.clusters(), quotes::get, site.site().pageSize());
    }

    /** The quotations pages, and which of them lists each cluster. */
    QuotesPages pages() {
        return pages;
    }

    /** The site's view. */
    SiteView site() {
        return site;
    }

    /** Every quotation, in article order. */
    List<Quote> quotes() {
        return found.quotes();
    }

    /** Every cluster. */
    List<QuoteCluster> clusters() {
        return found.clusters();
    }

    QuoteCluster cluster(String id) {
        return clusters.get(id);
    }

    Quote quote(String id) {
        return quotes.get(id);
    }

    Article article(String id) {
        return site.article(id);
    }

    Map<String, Object> summary(Article a, String root) {
        return site.summary(a, root);
    }

    /** The quotations of one article, in reading order. */
    List<Quote> quotesOf(String articleId) {
        return quotesByArticle.getOrDefault(articleId, List.of());
    }

    /** The other printings each quotation's marks name, each cluster's sorted once for the site. */
    OtherPrintings printings() {
        return printings;
    }
}
