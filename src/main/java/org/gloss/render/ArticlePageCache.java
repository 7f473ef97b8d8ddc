package org.gloss.render;

import org.gloss.ingest.Article;

/**
 * Where incremental builds keep article pages between builds. Called from several threads at
 * once, so implementations must be thread-safe.
 */
public interface ArticlePageCache {

    /** A cache that never has a page: every article is rendered. */
    ArticlePageCache NONE = new ArticlePageCache() {
        @Override
        public Page find(Article article) {
            return null;
        }

        @Override
        public void store(Article article, Page page) {
            // nothing kept
        }
    };

    /** The page rendered earlier for {@code article}, if nothing it depends on changed; else null. */
    Page find(Article article);

    /** Records the page just rendered for {@code article}. */
    void store(Article article, Page page);
}
