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

    /** The name of an article's share in the persistent cache. */
    private static final String PART = "search";
    /** The name of a feature's documents, scored, in the persistent cache (keyed by their JSON). */
    private static final String FEATURE_PART = "search-features";
    /** Articles whose documents are scored side by side: about a thousand documents. */
    private static final int ARTICLE_BATCH = 64;

    private SearchIndex() {
    }

    /** Hands each file of the index to {@code out} as it is made. */
    static void files(SiteView view, PartCache parts, List<PageParts> features, Consumer<OutputFile> out) {
        if (!parts.keeps()) {
            // A one-off build: each file goes out as it is made (at 10,000 articles the index is
            // ~130 MB), and the articles' documents go straight in, not written as JSON to be read
            // back (a quarter of a rebuild's search index at 10,000 articles). Each article's
            // documents are scored on every core, a batch of articles at a time; with the
            // persistent cache, an article's are read back scored unless it changed.
            SearchFragments index = new SearchFragments(out);
            List<Article> sorted = view.sortedArticles();
            for (int from = 0; from < sorted.size(); from += ARTICLE_BATCH) {
                sorted.subList(from, Math.min(sorted.size(), from + ARTICLE_BATCH)).parallelStream()
                        .map(a -> scoredDocs(view, parts, a)).toList().forEach(index::addScored);
            }
            // A feature's documents come as JSON: with the persistent cache they are kept scored,
            // under the JSON itself; else they are scored as they are read, a batch at a time.
            Consumer<byte[]> add = !parts.stores() ? part -> SearchDocs.read(part, index::add)
                    : part -> index.addScored(parts.stored(FEATURE_PART, part, SearchParts::read, () -> {
                        List<Map<String, String>> docs = new ArrayList<>();
                        SearchDocs.read(part, docs::add);
                        return docs.parallelStream().map(SearchFragments::scored).toList();
                    }, SearchParts::write));
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
     * Marks each article's stored share, and each feature's, as still used, when the index was not
     * cut again because nothing it shows changed: the next edit then finds them. (A feature's
     * documents are keyed by their JSON, so that is made, but not scored.)
     */
    static void keepParts(SiteView view, PartCache parts, List<PageParts> features) {
        if (!parts.stores()) {
            return;
        }
        view.sortedArticles().forEach(a -> parts.keepStored(PART, a));
        SearchDocs featureDocs = new SearchDocs(part -> parts.keepStored(FEATURE_PART, part), parts);
        features.forEach(f -> f.addSearchDocs(featureDocs));
    }

    /**
     * {@code a}'s documents scored: a function of the article (its metadata and text), the
     * settings and the theme's messages, all of which the store's keys hold, so they are kept
     * in the persistent cache when there is one.
     */
    private static List<SearchFragments.Scored> scoredDocs(SiteView view, PartCache parts, Article a) {
        return parts.stored(PART, a, SearchParts::read,
                () -> articleDocs(view, a).stream().map(d -> SearchFragments.scored(texts(d))).toList(),
                SearchParts::write);
    }

    /**
     * Adds each article's documents as a part kept between builds (serve) by what it shows, so an
     * edit re-makes one article's share of the index.
     */
    private static void articleDocs(SiteView view, PartCache parts, Consumer<byte[]> docs) {
        for (Article a : view.sortedArticles()) {
            docs.accept(parts.get("search:" + a.id(), () -> List.of(a, textKey(view, a)), () -> SearchDocs.part(g -> {
                for (Map<String, Object> d : articleDocs(view, a)) {
                    SearchDocs.write(g, d);
                }
            })));
        }
    }

    /** An article's documents: the article, then each of its numbered paragraphs. */
    private static List<Map<String, Object>> articleDocs(SiteView view, Article a) {
        List<Map<String, Object>> docs = new ArrayList<>();
        docs.add(articleDoc(a, view.messages()));
        docs.addAll(paragraphDocs(view, a));
        return docs;
    }

    /** A document's fields as the index reads them (every value a string or null). */
    private static Map<String, String> texts(Map<String, Object> doc) {
        Map<String, String> out = new java.util.HashMap<>();
        doc.forEach((k, v) -> out.put(k, (String) v));
        return out;
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
