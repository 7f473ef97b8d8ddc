package org.gloss.render;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;

/**
 * The offline search index: one document per article and paragraph, then the documents each
 * feature adds (quotations, glossary entries), each with an href relative to the site root, cut
 * into the fragments {@link SearchFragments} writes ({@code assets/search-index.js} and
 * {@code assets/search/}); {@code assets/search.js} loads the ones a query needs.
 */
final class SearchIndex {

    static final String PATH = SiteLayout.SEARCH_INDEX;
    /** Where its fragments go. */
    static final String FRAGMENTS = SiteLayout.ASSETS + "search/";

    private SearchIndex() {
    }

    /** Hands each file of the index to {@code out} as it is made. */
    static void files(SiteView view, PartCache parts, List<PageParts> features, Consumer<OutputFile> out) {
        if (!parts.keeps()) {
            // A one-off build: each file goes out as it is made (at 10,000 articles the index is ~130 MB).
            SearchFragments index = new SearchFragments(out);
            Consumer<byte[]> add = part -> SearchDocs.read(part, index::add);
            articleDocs(view, parts, add);
            SearchDocs featureDocs = new SearchDocs(add, parts);
            features.forEach(f -> f.addSearchDocs(featureDocs));
            index.finish();
            return;
        }
        // Between builds (serve), the documents' parts are kept: the index is cut again only when
        // one of them changed, else the files made from them last time are handed on.
        List<byte[]> all = new ArrayList<>();
        articleDocs(view, parts, all::add);
        features.forEach(f -> f.addSearchDocs(new SearchDocs(all::add, parts)));
        List<ByteBuffer> key = all.stream().map(ByteBuffer::wrap).toList();
        List<OutputFile> files = parts.get("search-index", () -> key, () -> {
            List<OutputFile> made = new ArrayList<>();
            SearchFragments index = new SearchFragments(made::add);
            all.forEach(part -> SearchDocs.read(part, index::add));
            index.finish();
            return made;
        });
        files.forEach(out);
    }

    /**
     * Adds each article's documents as a part kept between builds by what it shows, so an edit
     * re-makes one article's share of the index; a one-off build adds each part as it is made (at
     * 10,000 articles the index is ~100 MB).
     */
    private static void articleDocs(SiteView view, PartCache parts, Consumer<byte[]> docs) {
        // One part per article when parts are kept (an edit re-makes its article's share), else
        // one for all articles.
        for (List<Article> run : JsonParts.runs(view.sortedArticles(), a -> parts.keeps() ? a.id() : "")) {
            Article a = run.get(0);
            docs.accept(parts.get("search:" + a.id(), () -> List.of(a, textKey(view, a)), () -> SearchDocs.part(g -> {
                for (Article each : run) {
                    SearchDocs.write(g, articleDoc(each, view.messages()));
                    for (Map<String, Object> d : paragraphDocs(view, each)) {
                        SearchDocs.write(g, d);
                    }
                }
            })));
        }
    }

    /** The article's text, or a placeholder when it has none (keys hold no nulls). */
    private static Object textKey(SiteView view, Article a) {
        ArticleText text = view.textOf(a.id());
        return text == null ? List.of() : text;
    }

    private static Map<String, Object> articleDoc(Article a, Messages messages) {
        var md = a.metadata();
        Map<String, Object> d = SearchDocs.doc("article", SearchDocs.title(a), SearchDocs.context(a, messages),
                SiteLayout.articlePage(a.id()));
        d.put("title", SearchDocs.title(a));
        d.put("outlet", SearchDocs.join(md.outlet(), md.author()));
        d.put("text", md.description());
        return d;
    }

    private static List<Map<String, Object>> paragraphDocs(SiteView view, Article a) {
        ArticleText text = view.textOf(a.id());
        List<Map<String, Object>> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Block b : text.blocks()) {
            if (b.numbered()) {
                int n = b.paragraph();
                Map<String, Object> d = SearchDocs.doc("paragraph",
                        view.messages().text("search.paragraph", Map.of("title", SearchDocs.title(a), "n", n)),
                        SearchDocs.context(a, view.messages()), SiteLayout.articlePage(a.id()) + "#" + ParagraphNumbers.anchor(n));
                d.put("text", b.text());
                out.add(d);
            }
        }
        return out;
    }
}
