package org.gloss.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.Quote;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The render stage: articles and their annotations → HTML pages through the theme's templates.
 * Every link it makes is relative to the page, so the site works from a server and from disk.
 */
public final class SiteRenderer {

    private final Theme theme;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public SiteRenderer(Theme theme) {
        this.theme = theme;
    }

    public List<Page> render(SiteConfig site, List<Article> articles, Annotations ann) {
        return render(site, articles, ann, ArticlePageCache.NONE);
    }

    /**
     * Renders every page, taking article pages from {@code cache} where it has them (incremental
     * builds). Article pages are rendered in parallel: each reads only immutable data.
     */
    public List<Page> render(SiteConfig site, List<Article> articles, Annotations ann, ArticlePageCache cache) {
        SiteView view = new SiteView(site, articles, ann);
        List<Page> pages = new ArrayList<>();
        pages.add(page("index.html", "index.peb", "", view, Map.of("articles", view.articleSummaries(""))));
        pages.addAll(view.sortedArticles().parallelStream().map(a -> {
            Page cached = cache.find(a);
            if (cached != null) {
                return cached;
            }
            Page rendered = articlePage(a, view);
            cache.store(a, rendered);
            return rendered;
        }).toList());
        pages.add(page("glossary.html", "glossary.peb", "", view, GlossaryPageModel.build(view, "")));
        pages.add(page("quotes.html", "quotes.peb", "", view, QuotesPageModel.build(view, "")));
        return pages;
    }

    private Page articlePage(Article a, SiteView view) {
        String root = "../";
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("article", view.summary(a, root));
        ctx.put("body", articleBody(a, view, root));
        return page("articles/" + a.id() + ".html", "article.peb", root, view, ctx);
    }

    private Page page(String path, String template, String root, SiteView view, Map<String, Object> extra) {
        Map<String, Object> ctx = new HashMap<>(extra);
        ctx.put("site", view.siteMap());
        ctx.put("root", root);
        ctx.put("path", path);
        return new Page(path, theme.render(template, ctx));
    }

    /** The article's HTML with its quotations and glossary terms marked. */
    private String articleBody(Article a, SiteView view, String root) {
        Document doc = Jsoup.parseBodyFragment(markdown.toHtml(a.body()));
        doc.outputSettings().prettyPrint(false);
        List<Quote> quotes = view.quotesOf(a.id());
        List<Mark> marks = new ArrayList<>(QuoteMarks.marks(quotes, view));
        marks.addAll(TermMarks.marks(view.mentionsOf(a.id()), view, root));
        AnnotationWeaver.weave(doc.body(), marks);
        QuoteMarks.addMarkers(doc.body(), quotes, view, root);
        return doc.body().html();
    }
}
