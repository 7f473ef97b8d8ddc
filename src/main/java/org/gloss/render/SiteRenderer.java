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
        return new SitePages(new SiteView(site, articles, ann, theme.messages(site.language()),
                new MarkTemplates(theme, site.language())));
    }

    /** One site's pages: its lookups and its features' parts, shared by every page. */
    public final class SitePages {

        private final SiteView view;
        private final List<PageParts> features;
        private final List<OutletPageModel.Outlet> outlets;
        /** The index's pages: every article newest first, {@code page_size} to a page. */
        private final Pager indexPager;
        /** What every page of the index shows besides its articles, made once per way back to the root. */
        private final Map<String, Map<String, Object>> indexShared = new HashMap<>();
        /** The pages about the whole site but the index, in site order. */
        private final Map<String, Supplier<OutputFile>> sitePages = new LinkedHashMap<>();

        private SitePages(SiteView view) {
            this.view = view;
            this.features = SiteRenderer.this.features.stream().map(f -> f.make(view, parts)).toList();
            this.outlets = OutletPageModel.outlets(view);
            this.indexPager = Pager.of(SiteLayout.INDEX, view.sortedArticles().size(), view.site().pageSize());
            // The features' pages come after the index, in path order; then the outlets and search.
            features.stream().flatMap(p -> p.sitePages().stream()).sorted(Comparator.comparing(SitePage::path))
                    .forEach(p -> sitePages.put(p.path(), () -> page(p.path(), p.template(), p.root(), p.model().get())));
            int size = view.site().pageSize();
            for (OutletPageModel.Outlet o : outlets) {
                Pager pager = Pager.of(SiteLayout.outletPage(o.slug()), o.articles().size(), size);
                for (int n = 1; n <= pager.pages(); n++) {
                    int number = n;
                    String path = pager.path(n);
                    String root = pager.root(n);
                    int[] slice = Pager.slice(n, o.articles().size(), size);
                    sitePages.put(path, () -> page(path, "outlet.peb", root,
                            Map.of("outlet", OutletPageModel.model(view, o, root, slice[0], slice[1]),
                                    "pager", pager.model(number))));
                }
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
            for (int n = 1; n <= indexPager.pages(); n++) {
                int number = n;
                String path = indexPager.path(n);
                all.put(path, () -> page(path, "index.peb", indexPager.root(number), indexModel(number)));
            }
            all.putAll(sitePages);
            all.entrySet().parallelStream().forEach(e -> sink.page(e.getKey(), null, e.getValue()));
            sink.page(SiteLayout.NOT_FOUND, null, this::notFoundPage);
        }

        /**
         * Offers the search index: its manifest, word fragments and document shards. The largest
         * output by far, it is made on its own, so that it never shares the heap with another
         * large page; each file is handed on as it is made.
         */
        public void searchIndex(PageSink sink) {
            // Made from every article's text: when nothing it shows changed, the files made last
            // time are all passed on without cutting the index again.
            if (sink.group(SearchIndex.PATH, p -> p.equals(SearchIndex.PATH) || p.startsWith(SearchIndex.FRAGMENTS))) {
                SearchIndex.keepParts(view, parts, features);
                return;
            }
            SearchIndex.files(view, parts, features, f -> sink.page(f.path(), null, () -> f));
        }

        /** Every page's path in site order (the order of the sitemap), known without rendering any. */
        public List<String> paths() {
            List<String> paths = new ArrayList<>();
            paths.add(SiteLayout.INDEX);
            paths.addAll(indexPager.paths().subList(1, indexPager.pages()));
            view.sortedArticles().forEach(a -> paths.add(SiteLayout.articlePage(a.id())));
            paths.addAll(sitePages.keySet());
            paths.add(SearchIndex.PATH);
            paths.add(SiteLayout.NOT_FOUND);
            return paths;
        }

        /**
         * Page {@code n} of the index: its share of the articles, and the outlets and what features
         * add (the coverage matrix), which the built-in theme shows on page 1 only. Those are made
         * once for page 1 and once for all the pages under {@code page/}, which share a root.
         */
        private Map<String, Object> indexModel(int n) {
            String root = indexPager.root(n);
            Map<String, Object> index = new HashMap<>(indexShared(root));
            List<Article> sorted = view.sortedArticles();
            int[] slice = Pager.slice(n, sorted.size(), view.site().pageSize());
            index.put("articles", sorted.subList(slice[0], slice[1]).stream().map(a -> view.summary(a, root)).toList());
            index.put("pager", indexPager.model(n));
            return index;
        }

        private synchronized Map<String, Object> indexShared(String root) {
            return indexShared.computeIfAbsent(root, r -> {
                Map<String, Object> index = new HashMap<>();
                index.put("outlets", outlets.stream().map(o -> OutletPageModel.model(view, o, r)).toList());
                features.forEach(p -> p.addToIndex(index, outlets, r));
                return index;
            });
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
            ParagraphNumbers.addIds(blocks, view.textOf(a.id()), view.messages());
            // Sized for the page up front: jsoup's pooled builder starts at 8 KB and a page with its
            // popovers is several times its Markdown, so growing it copied the page over and over.
            return body.html(new StringBuilder(BODY_CHARS_PER_MARKDOWN_CHAR * a.markdown().length())).toString();
        }
    }
}
