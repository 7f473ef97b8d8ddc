package org.gloss.render;

import java.util.function.Supplier;
import org.gloss.ingest.Article;

/**
 * Makes one article page's body, so that the caller can hold it to a time limit: one article
 * whose body cannot be made must not stop the rest of the site.
 */
@FunctionalInterface
public interface BodyGuard {

    /** Makes the body directly, with no limit. */
    BodyGuard NONE = (article, body) -> body.get();

    /** {@code body.get()}, or the HTML to show instead when it could not be made. */
    String make(Article article, Supplier<String> body);
}
