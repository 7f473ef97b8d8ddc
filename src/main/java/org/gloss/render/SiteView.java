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
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;

/**
 * Read-only lookups over the whole corpus that every page model shares: the site's settings, the
 * articles (by id, and in index order) with their text, and the annotations. A feature derives its
 * own lookups from it once per render (see {@link PageParts}).
 */
public final class SiteView {
    private final SiteConfig site;
    private final List<Article> articles;
    private final Annotations ann;
    private final Map<String, Article> byId;
    private final Map<String, ArticleText> textsByArticle;
    private final List<Article> sorted;
    private final Messages messages;

    /** The lookups over {@code articles} and their annotations {@code ann}, in the built-in theme's words. */
    public SiteView(SiteConfig site, List<Article> articles, Annotations ann) {
        this(site, articles, ann, Messages.load(site.language(), null));
    }

    /** As the other constructor, with the interface strings of the site's language {@code messages}. */
    public SiteView(SiteConfig site, List<Article> articles, Annotations ann, Messages messages) {
        this.messages = messages;
        this.site = site;
        this.articles = articles;
        this.ann = ann;
        this.byId = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        this.textsByArticle = ann.texts().stream()
                .collect(Collectors.toMap(ArticleText::articleId, Function.identity(), (a, b) -> a));
        // Sorted once: the index, outlets, glossary backlinks (per term) and search all walk it.
        this.sorted = articles.stream()
                .sorted(Comparator.comparing((Article a) -> a.metadata().date(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(a -> a.metadata().title() == null ? a.id() : a.metadata().title())
                        .thenComparing(Article::id))
                .toList();
    }

    /** The site's settings. */
    public SiteConfig site() {
        return site;
    }

    /** The articles, in corpus order. */
    List<Article> articles() {
        return articles;
    }

    /** The interface strings (and date format) of the site's language. */
    public Messages messages() {
        return messages;
    }

    /** What analysis found. */
    public Annotations annotations() {
        return ann;
    }

    /** The article with id {@code id}, or null. */
    public Article article(String id) {
        return byId.get(id);
    }

    /** The site's settings as template data. */
    public Map<String, Object> siteMap() {
        Map<String, Object> m = new HashMap<>();
        m.put("title", site.title());
        m.put("description", site.description());
        m.put("language", site.language());
        m.put("base_url", site.baseUrl());
        m.put("direction", messages.direction());
        return m;
    }

    /** Newest first, undated last, then by title: the order of the index. */
    public List<Article> sortedArticles() {
        return sorted;
    }

    /** Every article's {@link #summary}, in index order. */
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

    /** The article's text blocks as analysis read them, or null. */
    public ArticleText textOf(String articleId) {
        return textsByArticle.get(articleId);
    }

    /** The name to show for an article's outlet elsewhere: its outlet, else its title, else its id. */
    public String sourceName(String articleId) {
        var md = byId.get(articleId).metadata();
        return md.outlet() != null ? md.outlet() : md.title() != null ? md.title() : articleId;
    }
}
