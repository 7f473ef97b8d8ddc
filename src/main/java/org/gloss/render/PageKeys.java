package org.gloss.render;

import java.util.List;
import org.gloss.ingest.Article;

/**
 * What one feature's parts of the pages show, as values equal between two builds exactly when
 * those parts would come out the same: how an incremental build knows which pages to make again.
 * A feature whose parts start to show anything else about other articles must add it here; the
 * incremental-build tests fail until it does.
 */
public interface PageKeys {

    /** Adds what {@code article}'s page shows of this feature: its own findings, and what it shows of other articles. */
    default void addArticleKey(Article article, List<Object> key) {
    }

    /** Adds what the page about the whole site at {@code path} shows of this feature; nothing when it shows none. */
    default void addSitePageKey(String path, List<Object> key) {
    }

    /** True when {@code path} is one of the pages about the whole site this feature makes. */
    default boolean makes(String path) {
        return false;
    }
}
