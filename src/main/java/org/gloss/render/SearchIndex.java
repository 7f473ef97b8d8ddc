package org.gloss.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.analyze.GlossaryEntry;
import org.gloss.analyze.TermAnchors;
import org.gloss.analyze.Quote;
import org.gloss.ingest.Article;

/**
 * The offline search index, {@code assets/search-index.js}: a plain script defining
 * {@code GLOSS_SEARCH_DOCS}, one document per article, paragraph, quotation and glossary entry,
 * each with an href relative to the site root. A script, not JSON to fetch, so it loads from
 * {@code file://}; {@code assets/search.js} builds a lunr index over it in the browser.
 */
final class SearchIndex {

    static final String PATH = "assets/search-index.js";

    private SearchIndex() {
    }

    static Page page(SiteView view) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Article a : view.sortedArticles()) {
            docs.add(articleDoc(view, a));
            docs.addAll(paragraphDocs(view, a));
        }
        for (Quote q : view.ann.quotes()) {
            docs.add(quoteDoc(view, q));
        }
        for (GlossaryEntry e : view.ann.glossary().entries()) {
            docs.add(termDoc(e));
        }
        return new Page(PATH, script(docs));
    }

    private static Map<String, Object> articleDoc(SiteView view, Article a) {
        var md = a.metadata();
        Map<String, Object> d = doc("article", title(a), context(a), "articles/" + a.id() + ".html");
        d.put("title", title(a));
        d.put("outlet", join(md.outlet(), md.author()));
        d.put("text", md.description());
        return d;
    }

    private static List<Map<String, Object>> paragraphDocs(SiteView view, Article a) {
        ArticleText text = view.textOf(a.id());
        Map<Integer, Integer> numbers = ParagraphNumbers.of(text);
        List<Map<String, Object>> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Block b : text.blocks()) {
            Integer n = numbers.get(b.index());
            if (n != null) {
                Map<String, Object> d = doc("paragraph", title(a) + " ¶ " + n, context(a),
                        "articles/" + a.id() + ".html#" + ParagraphNumbers.anchor(n));
                d.put("text", b.text());
                out.add(d);
            }
        }
        return out;
    }

    private static Map<String, Object> quoteDoc(SiteView view, Quote q) {
        Article a = view.byId.get(q.articleId());
        String label = q.speaker() == null ? "Unattributed quotation" : q.speaker();
        Map<String, Object> d = doc("quote", label, title(a) + " · " + context(a),
                "articles/" + q.articleId() + ".html#" + q.id());
        d.put("speaker", q.speaker());
        d.put("text", q.text());
        return d;
    }

    private static Map<String, Object> termDoc(GlossaryEntry e) {
        String label = e.expansion() == null ? e.term() : e.term() + " (" + e.expansion() + ")";
        Map<String, Object> d = doc("term", label, e.category(), "glossary.html#" + TermAnchors.entryId(e.term()));
        List<String> names = new ArrayList<>(e.aliasTexts());
        names.add(0, e.term());
        if (e.expansion() != null) {
            names.add(e.expansion());
        }
        d.put("term", String.join(" ", names));
        d.put("text", e.definition());
        return d;
    }

    private static Map<String, Object> doc(String kind, String label, String context, String href) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", kind);
        d.put("label", label);
        d.put("context", context);
        d.put("href", href);
        return d;
    }

    private static String title(Article a) {
        return a.metadata().title() == null ? a.id() : a.metadata().title();
    }

    private static String context(Article a) {
        var md = a.metadata();
        return join(md.outlet() == null ? OutletPageModel.UNKNOWN : md.outlet(),
                md.date() == null ? null : md.date().toString());
    }

    private static String join(String a, String b) {
        if (b == null) {
            return a;
        }
        return a == null ? b : a + " · " + b;
    }

    private static String script(List<Map<String, Object>> docs) {
        // jackson-core's streaming writer: every value is a string, and databind's start-up cost
        // would dominate a small site's build.
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartArray();
            for (Map<String, Object> d : docs) {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : d.entrySet()) {
                    g.writeStringField(e.getKey(), (String) e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Line and paragraph separators end a string literal in older JS engines.
        String json = out.toString().replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return "// Generated by Gloss: the offline search index (see assets/search.js).\n"
                + "var GLOSS_SEARCH_DOCS = " + json + ";\n";
    }
}
