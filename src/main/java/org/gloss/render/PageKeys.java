package org.gloss.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.gloss.analyze.ArticleText;
import org.gloss.ingest.Article;

/**
 * What one feature's parts of the pages show, as values equal between two builds exactly when
 * those parts would come out the same: how an incremental build knows which pages to make again.
 * A feature whose parts start to show anything else about other articles must add it here; the
 * incremental-build tests fail until it does.
 *
 * <p>A page about the whole site (the index, an outlet's page, a feature's own pages, the search
 * index) shows something of every article: what it shows of each one's own findings is that
 * article's {@link #addSiteArticleKey} (the same for every such page), so that the persistent
 * cache digests each article's share once and a page's key is a digest of those digests; what it
 * shows that belongs to no one article (the clusters a link across articles made) is
 * {@link #addSitePageKey}.
 */
public interface PageKeys {

    /** Adds what {@code article}'s page shows of this feature: its own findings, and what it shows of other articles. */
    default void addArticleKey(Article article, List<Object> key) {
    }

    /**
     * Adds what the pages about the whole site that {@link #showsArticles show this feature's
     * findings} show of {@code article}'s own: the same for every such page.
     */
    default void addSiteArticleKey(Article article, List<Object> key) {
    }

    /** True when the page about the whole site at {@code path} shows every article's {@link #addSiteArticleKey}. */
    default boolean showsArticles(String path) {
        return false;
    }

    /**
     * Adds what the page about the whole site at {@code path} shows of this feature besides each
     * article's own findings (values shared by all the pages that show them: add the same object
     * to each, so that it is digested once); nothing when it shows none.
     */
    default void addSitePageKey(String path, List<Object> key) {
    }

    /** True when {@code path} is one of the pages about the whole site this feature makes. */
    default boolean makes(String path) {
        return false;
    }

    /**
     * The paragraph number each finding opens in (0 when the article has no text or the block is
     * none, -1), for a key: pages cite findings by paragraph, and a heading added before one moves
     * its number without changing the finding.
     */
    static <T> List<Integer> paragraphs(ArticleText text, List<T> findings, ToIntFunction<T> block) {
        List<Integer> out = new ArrayList<>(findings.size());
        for (T f : findings) {
            out.add(text == null ? 0 : text.paragraph(block.applyAsInt(f)));
        }
        return out;
    }
}
