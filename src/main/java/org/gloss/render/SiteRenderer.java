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
        SiteView view = new SiteView(site, articles, ann);
        TermMarks termMarks = new TermMarks(view);
        List<Page> pages = new ArrayList<>();
        pages.add(page("index.html", "index.peb", "", view, Map.of("articles", view.articleSummaries(""))));
        for (Article a : view.sortedArticles()) {
            String root = "../";
            Map<String, Object> ctx = new HashMap<>();
            ctx.put("article", view.summary(a, root));
            ctx.put("body", articleBody(a, view, termMarks, root));
            pages.add(page("articles/" + a.id() + ".html", "article.peb", root, view, ctx));
        }
        pages.add(page("glossary.html", "glossary.peb", "", view, GlossaryPageModel.build(view, "")));
        pages.add(page("quotes.html", "quotes.peb", "", view, QuotesPageModel.build(view, "")));
        return pages;
    }

    private Page page(String path, String template, String root, SiteView view, Map<String, Object> extra) {
        Map<String, Object> ctx = new HashMap<>(extra);
        ctx.put("site", view.siteMap());
        ctx.put("root", root);
        ctx.put("path", path);
        return new Page(path, theme.render(template, ctx));
    }

    /** The article's HTML with its quotations and glossary terms marked. */
    private String articleBody(Article a, SiteView view, TermMarks termMarks, String root) {
        Document doc = Jsoup.parseBodyFragment(markdown.toHtml(a.body()));
        doc.outputSettings().prettyPrint(false);
        List<Quote> quotes = view.quotesOf(a.id());
        List<Mark> marks = new ArrayList<>(QuoteMarks.marks(quotes, view));
        marks.addAll(termMarks.marksOf(view.mentionsOf(a.id()), root));
        AnnotationWeaver.weave(doc.body(), marks);
        QuoteMarks.addMarkers(doc.body(), quotes, view, root);
        return doc.body().html();
    }
}
