package org.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleText;
import org.gloss.core.SiteLayout;
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
    private final List<PageParts.Maker> features;
    private final PartCache parts;
    private final BodyGuard guard;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * A renderer through {@code theme} with the {@code features}' parts (in that order), keeping
     * parts of site-wide pages in {@code parts} and making each article's body through {@code guard}.
     */
    public SiteRenderer(Theme theme, List<PageParts.Maker> features, PartCache parts, BodyGuard guard) {
        this.theme = theme;
        this.features = List.copyOf(features);
        this.parts = parts;
        this.guard = guard;
    }

    /**
     * Offers every page to {@code sink} as it goes, and returns the pages' paths in site order.
     * Article pages are rendered in parallel (each reads only immutable data) and handed on one by
     * one, so only the pages being rendered are in memory, never the whole site. Once every
     * article page is offered, {@code articlesDone} runs, before the pages about the whole site:
     * a preview can show an edited article before the index and quotations page are made again.
     */
    public List<String> render(SiteConfig site, List<Article> articles, Annotations ann, PageSink sink,
                               Runnable articlesDone) {
        SiteView view = new SiteView(site, articles, ann);
        List<PageParts> parts = features.stream().map(f -> f.make(view, this.parts)).toList();
        List<OutletPageModel.Outlet> outlets = OutletPageModel.outlets(view);
        List<Article> sorted = view.sortedArticles();
        sorted.parallelStream().forEach(a -> sink.page(articlePath(a), a, () -> articlePage(a, view, parts)));
        articlesDone.run();
        // The pages about the whole site are independent of each other too: made on every core
        // (after an edit they are most of the work), and listed in site order. The search index,
        // the largest file by far, is made on its own afterwards, so that it never shares the
        // heap with another large page. The features' pages come after the index, in path order.
        Map<String, Supplier<Page>> sitePages = new LinkedHashMap<>();
        sitePages.put(SiteLayout.INDEX, () -> page(SiteLayout.INDEX, "index.peb", "", view,
                indexModel(view, outlets, parts)));
        parts.stream().flatMap(p -> p.sitePages().stream()).sorted(Comparator.comparing(SitePage::path))
                .forEach(p -> sitePages.put(p.path(), () -> page(p.path(), p.template(), "", view, p.model().get())));
        for (OutletPageModel.Outlet o : outlets) {
            String path = SiteLayout.outletPage(o.slug());
            sitePages.put(path, () -> page(path, "outlet.peb", "../", view,
                    Map.of("outlet", OutletPageModel.model(view, o, "../"))));
        }
        sitePages.put(SiteLayout.SEARCH, () -> page(SiteLayout.SEARCH, "search.peb", "", view, Map.of()));
        sitePages.entrySet().parallelStream().forEach(e -> sink.page(e.getKey(), null, e.getValue()));
        sink.page(SearchIndex.PATH, null, () -> SearchIndex.page(view, this.parts, parts));
        sink.page(SiteLayout.NOT_FOUND, null, () -> notFoundPage(view));

        List<String> paths = new ArrayList<>();
        paths.add(SiteLayout.INDEX);
        sorted.forEach(a -> paths.add(articlePath(a)));
        sitePages.keySet().stream().skip(1).forEach(paths::add);
        paths.add(SearchIndex.PATH);
        paths.add(SiteLayout.NOT_FOUND);
        return paths;
    }

    private static Map<String, Object> indexModel(SiteView view, List<OutletPageModel.Outlet> outlets,
                                                  List<PageParts> parts) {
        Map<String, Object> index = new HashMap<>();
        index.put("articles", view.articleSummaries(""));
        index.put("outlets", outlets.stream().map(o -> OutletPageModel.model(view, o, "")).toList());
        parts.forEach(p -> p.addToIndex(index, outlets));
        return index;
    }

    private static String articlePath(Article a) {
        return SiteLayout.articlePage(a.id());
    }

    /**
     * 404.html is served at whatever address was missing, at any depth, so relative links would
     * break; it links from the base URL's path instead (relative only when no base URL is set).
     */
    private Page notFoundPage(SiteView view) {
        String root = new SiteUrls(view.site().baseUrl()).basePath();
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("site", view.siteMap());
        ctx.put("root", root);
        ctx.put("path", SiteLayout.NOT_FOUND);
        ctx.put("canonical", "");
        return Page.text(SiteLayout.NOT_FOUND, theme.render("404.peb", ctx));
    }

    private Page articlePage(Article a, SiteView view, List<PageParts> parts) {
        String root = "../";
        Map<String, Object> ctx = new HashMap<>();
        Map<String, Object> article = view.summary(a, root);
        // Only the article's own page describes itself; lists of articles never need it.
        String description = a.metadata().description();
        article.put("summary", description != null ? description : Excerpt.of(view.textOf(a.id())));
        ctx.put("article", article);
        ctx.put("body", guard.make(a, () -> articleBody(a, view, parts, root)));
        return page(SiteLayout.articlePage(a.id()), "article.peb", root, view, ctx);
    }

    private Page page(String path, String template, String root, SiteView view, Map<String, Object> extra) {
        Map<String, Object> ctx = new HashMap<>(extra);
        ctx.put("site", view.siteMap());
        ctx.put("root", root);
        ctx.put("path", path);
        ctx.put("canonical", new SiteUrls(view.site().baseUrl()).absolute(path));
        return Page.text(path, theme.render(template, ctx));
    }

    /** The article's HTML with every feature's marks woven in and its parts added. */
    private String articleBody(Article a, SiteView view, List<PageParts> parts, String root) {
        Element body = markdown.toBody(a.body());
        List<Mark> marks = new ArrayList<>();
        parts.forEach(p -> marks.addAll(p.marks(a, root)));
        // Marks and what features add number no blocks, so the blocks are found once for both.
        List<Element> blocks = MarkdownRenderer.blocks(body);
        AnnotationWeaver.weave(blocks, marks);
        ArticleBody woven = new ArticleBody(body);
        parts.forEach(p -> p.addToBody(woven, a, root));
        ParagraphNumbers.addIds(blocks, view.textOf(a.id()));
        // Sized for the page up front: jsoup's pooled builder starts at 8 KB and a page with its
        // popovers is several times its Markdown, so growing it copied the page over and over.
        return body.html(new StringBuilder(BODY_CHARS_PER_MARKDOWN_CHAR * a.body().length())).toString();
    }
}
