package org.gloss.render;

import java.util.function.Supplier;
import org.gloss.core.OutputFile;
import org.gloss.ingest.Article;

/**
 * Where {@link SiteRenderer} hands each page as it goes. A page is offered with a way to make it
 * rather than made, so an incremental build can pass on the page it kept from the last build
 * instead. Called from several threads at once, so implementations must be thread-safe.
 */
public interface PageSink {

    /**
     * The page at {@code path}: {@code article}'s own page, or (null) a page about the whole site.
     * {@code make} renders it; the sink calls it unless it still holds an equal page.
     */
    void page(String path, Article article, Supplier<OutputFile> make);
}
