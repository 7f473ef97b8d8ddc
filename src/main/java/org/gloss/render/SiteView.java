package org.gloss.render;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleText;
import org.gloss.core.SiteLayout;
import org.gloss.features.glossary.GlossaryMention;
import org.gloss.features.passages.SharedPassage;
import org.gloss.features.quotations.Quote;
import org.gloss.features.quotations.QuoteCluster;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;

/** Read-only lookups over the whole corpus that every page model shares. */
public final class SiteView {
    public final SiteConfig site;
    final List<Article> articles;
    public final Annotations ann;
    public final Map<String, Article> byId;
    final Map<String, QuoteCluster> clusters;
    public final Map<String, Quote> quotes;
    private final Map<String, List<Quote>> quotesByArticle;
    private final Map<String, List<GlossaryMention>> mentionsByArticle;
    private final Map<String, ArticleText> textsByArticle;
    private final Map<String, List<SharedPassage>> passagesByArticle;
    private final List<Article> sorted;
    public final Map<String, List<Quote>> printingsByDate;

    SiteView(SiteConfig site, List<Article> articles, Annotations ann) {
        this.site = site;
        this.articles = articles;
        this.ann = ann;
        this.byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        this.clusters = ann.clusters().stream().collect(Collectors.toMap(QuoteCluster::id, Function.identity()));
        this.quotes = ann.quotes().stream().collect(Collectors.toMap(Quote::id, Function.identity()));
        this.quotesByArticle = ann.quotes().stream().collect(Collectors.groupingBy(Quote::articleId));
        this.mentionsByArticle = ann.mentions().stream().collect(Collectors.groupingBy(GlossaryMention::articleId));
        this.textsByArticle = ann.texts().stream()
                .collect(Collectors.toMap(ArticleText::articleId, Function.identity(), (a, b) -> a));
        this.passagesByArticle = ann.passages().stream().collect(Collectors.groupingBy(SharedPassage::articleId));
        // Sorted once: the index, outlets, glossary backlinks (per term) and search all walk it.
        this.sorted = articles.stream()
                .sorted(Comparator.comparing((Article a) -> a.metadata().date(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(a -> a.metadata().title() == null ? a.id() : a.metadata().title())
                        .thenComparing(Article::id))
                .toList();
        this.printingsByDate = clusters.values().stream().collect(Collectors.toMap(QuoteCluster::id,
                c -> c.quoteIds().stream().map(quotes::get).sorted(byDate()).toList()));
    }

    /** Oldest first, undated last, then by id: a total order, as ids are unique. */
    private Comparator<Quote> byDate() {
        return Comparator.comparing((Quote q) -> byId.get(q.articleId()).metadata().date(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Quote::id);
    }

    /** Every printing of cluster {@code clusterId}, oldest first, undated last, then by id. */
    public List<Quote> printingsByDate(String clusterId) {
        return printingsByDate.getOrDefault(clusterId, List.of());
    }

    Map<String, Object> siteMap() {
        Map<String, Object> m = new HashMap<>();
        m.put("title", site.title());
        m.put("description", site.description());
        m.put("language", site.language());
        m.put("base_url", site.baseUrl());
        return m;
    }

    /** Newest first, undated last, then by title: the order of the index. */
    public List<Article> sortedArticles() {
        return sorted;
    }

    List<Map<String, Object>> articleSummaries(String root) {
        return sortedArticles().stream().map(a -> summary(a, root)).toList();
    }

    /** An article's metadata and links as template data, relative to {@code root}. */
    public Map<String, Object> summary(Article a, String root) {
        var md = a.metadata();
        Map<String, Object> m = new HashMap<>();
        m.put("id", a.id());
        m.put("title", md.title() == null ? a.id() : md.title());
        m.put("outlet", md.outlet());
        m.put("author", md.author());
        m.put("date", md.date() == null ? null : md.date().toString());
        m.put("url", md.url());
        m.put("description", md.description());
        m.put("image_caption", md.imageCaption());
        m.put("image_credit", md.imageCredit());
        m.put("href", root + SiteLayout.articlePage(a.id()));
        m.put("markdown", root + SiteLayout.markdownCopy(a.id()));
        return m;
    }

    List<Quote> quotesOf(String articleId) {
        return quotesByArticle.getOrDefault(articleId, List.of());
    }

    List<GlossaryMention> mentionsOf(String articleId) {
        return mentionsByArticle.getOrDefault(articleId, List.of());
    }

    /** The article's passages shared with other articles, in corpus order. */
    public List<SharedPassage> passagesOf(String articleId) {
        return passagesByArticle.getOrDefault(articleId, List.of());
    }

    /** The article's text blocks as analysis read them, or null. */
    ArticleText textOf(String articleId) {
        return textsByArticle.get(articleId);
    }

    public QuoteCluster cluster(String id) {
        return clusters.get(id);
    }
}
