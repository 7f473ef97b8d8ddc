package org.gloss.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Quote;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.jsoup.nodes.Element;

/**
 * The render stage: articles and their annotations → HTML pages through the theme's templates.
 * Every link it makes is relative to the page, so the site works from a server and from disk.
 */
public final class SiteRenderer {

    /** About how many characters of page HTML each character of Markdown becomes, popovers included. */
    private static final int BODY_CHARS_PER_MARKDOWN_CHAR = 6;

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
        TermMarks termMarks = new TermMarks(view);
        List<Page> pages = new ArrayList<>();
        List<OutletPageModel.Outlet> outlets = OutletPageModel.outlets(view);
        Map<String, Object> index = new HashMap<>();
        index.put("articles", view.articleSummaries(""));
        index.put("outlets", outlets.stream().map(o -> OutletPageModel.model(view, o, "")).toList());
        index.put("coverage", CoverageMatrix.build(view, outlets, ""));
        pages.add(page("index.html", "index.peb", "", view, index));
        pages.addAll(view.sortedArticles().parallelStream().map(a -> {
            Page cached = cache.find(a);
            if (cached != null) {
                return cached;
            }
            Page rendered = articlePage(a, view, termMarks);
            cache.store(a, rendered);
            return rendered;
        }).toList());
        pages.add(page("glossary.html", "glossary.peb", "", view, GlossaryPageModel.build(view, "")));
        pages.add(page("quotes.html", "quotes.peb", "", view, QuotesPageModel.build(view, "")));
        for (OutletPageModel.Outlet o : outlets) {
            pages.add(page("outlets/" + o.slug() + ".html", "outlet.peb", "../", view,
                    Map.of("outlet", OutletPageModel.model(view, o, "../"))));
        }
        pages.add(page("search.html", "search.peb", "", view, Map.of()));
        pages.add(SearchIndex.page(view));
        pages.add(notFoundPage(view));
        return pages;
    }

    /**
     * 404.html is served at whatever address was missing, at any depth, so relative links would
     * break; it links from the base URL's path instead (relative only when no base URL is set).
     */
    private Page notFoundPage(SiteView view) {
        String root = new SiteUrls(view.site.baseUrl()).basePath();
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("site", view.siteMap());
        ctx.put("root", root);
        ctx.put("path", "404.html");
        ctx.put("canonical", "");
        return new Page("404.html", theme.render("404.peb", ctx));
    }

    private Page articlePage(Article a, SiteView view, TermMarks termMarks) {
        String root = "../";
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("article", view.summary(a, root));
        ctx.put("body", articleBody(a, view, termMarks, root));
        return page("articles/" + a.id() + ".html", "article.peb", root, view, ctx);
    }

    private Page page(String path, String template, String root, SiteView view, Map<String, Object> extra) {
        Map<String, Object> ctx = new HashMap<>(extra);
        ctx.put("site", view.siteMap());
        ctx.put("root", root);
        ctx.put("path", path);
        ctx.put("canonical", new SiteUrls(view.site.baseUrl()).absolute(path));
        return new Page(path, theme.render(template, ctx));
    }

    /** The article's HTML with its quotations and glossary terms marked. */
    private String articleBody(Article a, SiteView view, TermMarks termMarks, String root) {
        Element body = markdown.toBody(a.body());
        List<Quote> quotes = view.quotesOf(a.id());
        List<Mark> marks = new ArrayList<>(QuoteMarks.marks(a.id(), quotes, view));
        marks.addAll(termMarks.marksOf(view.mentionsOf(a.id()), root));
        // Marks and markers add no numbered blocks, so the blocks are found once for both.
        List<Element> blocks = MarkdownRenderer.blocks(body);
        AnnotationWeaver.weave(blocks, marks);
        QuoteMarks.addMarkers(body, a.id(), quotes, view, root);
        ParagraphNumbers.addIds(blocks, view.textOf(a.id()));
        // Sized for the page up front: jsoup's pooled builder starts at 8 KB and a page with its
        // popovers is several times its Markdown, so growing it copied the page over and over.
        return body.html(new StringBuilder(BODY_CHARS_PER_MARKDOWN_CHAR * a.body().length())).toString();
    }
}
