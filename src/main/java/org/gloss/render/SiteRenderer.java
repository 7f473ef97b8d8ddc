package org.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gloss.analyze.Annotations;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.jsoup.nodes.Element;

/**
 * The render phase: articles and their annotations → HTML pages through the theme's templates.
 * {@link #pages} prepares one site's pages (its lookups and every feature's parts, made once);
 * the outputs then render them in groups — the article pages, the pages about the whole site,
 * the search index — each handing its pages to a {@link PageSink} as they are made. Every link
 * is relative to the page, so the site works from a server and from disk.
 */
public final class SiteRenderer {

    /** About how many characters of page HTML each character of Markdown becomes, popovers included. */
    private static final int BODY_CHARS_PER_MARKDOWN_CHAR = 6;

    private final Theme theme;
    private final List<PageParts.Maker> features;
    private final PartCache parts;
    private final BodyGuard guard;
    private final boolean offline;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * A renderer through {@code theme} with the {@code features}' parts (in that order), keeping
     * parts of site-wide pages in {@code parts} and making each article's body through {@code guard}.
     */
    public SiteRenderer(Theme theme, List<PageParts.Maker> features, PartCache parts, BodyGuard guard) {
        this(theme, features, parts, guard, false);
    }

    /** As the other constructor; an {@code offline} site (the archive) links its 404 page relative to itself. */
    public SiteRenderer(Theme theme, List<PageParts.Maker> features, PartCache parts, BodyGuard guard,
                        boolean offline) {
        this.theme = theme;
        this.features = List.copyOf(features);
        this.parts = parts;
        this.guard = guard;
        this.offline = offline;
    }

    /** The pages of the site made of {@code articles} and their annotations, ready to render. */
    public SitePages pages(SiteConfig site, List<Article> articles, Annotations ann) {
        return new SitePages(new SiteView(site, articles, ann, theme.messages(site.language())));
    }

    /** One site's pages: its lookups and its features' parts, shared by every page. */
    public final class SitePages {

        private final SiteView view;
        private final List<PageParts> features;
        private final List<OutletPageModel.Outlet> outlets;
        /** The pages about the whole site but the index, in site order. */
        private final Map<String, Supplier<OutputFile>> sitePages = new LinkedHashMap<>();

        private SitePages(SiteView view) {
            this.view = view;
            this.features = SiteRenderer.this.features.stream().map(f -> f.make(view, parts)).toList();
            this.outlets = OutletPageModel.outlets(view);
            // The features' pages come after the index, in path order; then the outlets and search.
            features.stream().flatMap(p -> p.sitePages().stream()).sorted(Comparator.comparing(SitePage::path))
                    .forEach(p -> sitePages.put(p.path(), () -> page(p.path(), p.template(), "", p.model().get())));
            for (OutletPageModel.Outlet o : outlets) {
                String path = SiteLayout.outletPage(o.slug());
                sitePages.put(path, () -> page(path, "outlet.peb", "../",
                        Map.of("outlet", OutletPageModel.model(view, o, "../"))));
            }
            sitePages.put(SiteLayout.SEARCH, () -> page(SiteLayout.SEARCH, "search.peb", "", Map.of()));
        }

        /**
         * Offers every article page to {@code sink}. They are rendered in parallel (each reads only
         * immutable data) and handed on one by one, so only the pages being rendered are in memory.
         */
        public void articlePages(PageSink sink) {
            view.sortedArticles().parallelStream()
                    .forEach(a -> sink.page(SiteLayout.articlePage(a.id()), a, () -> articlePage(a)));
        }

        /**
         * Offers the pages about the whole site: the index, the features' pages, the outlets,
         * search and 404. They are independent of each other too: made on every core (after an
         * edit they are most of the work).
         */
        public void sitePages(PageSink sink) {
            Map<String, Supplier<OutputFile>> all = new LinkedHashMap<>();
            all.put(SiteLayout.INDEX, () -> page(SiteLayout.INDEX, "index.peb", "", indexModel()));
            all.putAll(sitePages);
            all.entrySet().parallelStream().forEach(e -> sink.page(e.getKey(), null, e.getValue()));
            sink.page(SiteLayout.NOT_FOUND, null, this::notFoundPage);
        }

        /**
         * Offers the search index. The largest file by far, it is made on its own, so that it
         * never shares the heap with another large page.
         */
        public void searchIndex(PageSink sink) {
            sink.page(SearchIndex.PATH, null, () -> SearchIndex.page(view, parts, features));
        }

        /** Every page's path in site order (the order of the sitemap), known without rendering any. */
        public List<String> paths() {
            List<String> paths = new ArrayList<>();
            paths.add(SiteLayout.INDEX);
            view.sortedArticles().forEach(a -> paths.add(SiteLayout.articlePage(a.id())));
            paths.addAll(sitePages.keySet());
            paths.add(SearchIndex.PATH);
            paths.add(SiteLayout.NOT_FOUND);
            return paths;
        }

        private Map<String, Object> indexModel() {
            Map<String, Object> index = new HashMap<>();
            index.put("articles", view.articleSummaries(""));
            index.put("outlets", outlets.stream().map(o -> OutletPageModel.model(view, o, "")).toList());
            features.forEach(p -> p.addToIndex(index, outlets));
            return index;
        }

        /**
         * 404.html is served at whatever address was missing, at any depth, so relative links would
         * break; it links from the base URL's path instead (relative when no base URL is set, and
         * in the offline archive, where it is only ever opened where it lies).
         */
        private OutputFile notFoundPage() {
            String root = offline ? "" : new SiteUrls(view.site().baseUrl()).basePath();
            Map<String, Object> ctx = new HashMap<>();
            ctx.put("site", view.siteMap());
            ctx.put("root", root);
            ctx.put("path", SiteLayout.NOT_FOUND);
            ctx.put("canonical", "");
            return OutputFile.text(SiteLayout.NOT_FOUND, theme.render("404.peb", ctx));
        }

        private OutputFile articlePage(Article a) {
            String root = "../";
            Map<String, Object> ctx = new HashMap<>();
            Map<String, Object> article = view.summary(a, root);
            // Only the article's own page describes itself; lists of articles never need it.
            String description = a.metadata().description();
            article.put("summary", description != null ? description : Excerpt.of(view.textOf(a.id())));
            ctx.put("article", article);
            ctx.put("body", guard.make(a, () -> articleBody(a, root)));
            return page(SiteLayout.articlePage(a.id()), "article.peb", root, ctx);
        }

        private OutputFile page(String path, String template, String root, Map<String, Object> extra) {
            Map<String, Object> ctx = new HashMap<>(extra);
            ctx.put("site", view.siteMap());
            ctx.put("root", root);
            ctx.put("path", path);
            ctx.put("canonical", new SiteUrls(view.site().baseUrl()).absolute(path));
            return OutputFile.text(path, theme.render(template, ctx));
        }

        /** The article's HTML with every feature's marks woven in and its parts added. */
        private String articleBody(Article a, String root) {
            Element body = markdown.toBody(a.body());
            List<Mark> marks = new ArrayList<>();
            features.forEach(p -> marks.addAll(p.marks(a, root)));
            // Marks and what features add number no blocks, so the blocks are found once for both.
            List<Element> blocks = MarkdownRenderer.blocks(body);
            AnnotationWeaver.weave(blocks, marks);
            ArticleBody woven = new ArticleBody(body);
            features.forEach(p -> p.addToBody(woven, a, root));
            ParagraphNumbers.addIds(blocks, view.textOf(a.id()));
            // Sized for the page up front: jsoup's pooled builder starts at 8 KB and a page with its
            // popovers is several times its Markdown, so growing it copied the page over and over.
            return body.html(new StringBuilder(BODY_CHARS_PER_MARKDOWN_CHAR * a.body().length())).toString();
        }
    }
}
