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

    /**
     * Offers a group of files about the whole site that are made together, all at once, from
     * what the file at {@code first} is made from (the search index and its fragments: which
     * fragments there are is known only by making them): true when the sink still holds every
     * file of the group as it was last made and has passed them on, so they need not be made;
     * false (the default) when they must be made and offered one by one.
     */
    default boolean group(String first, java.util.function.Predicate<String> member) {
        return false;
    }
}
