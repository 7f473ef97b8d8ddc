package org.gloss.core;

/**
 * Takes the files of a site as they are made, so a build need not hold the whole site in memory.
 * Called from several threads at once: implementations must be thread-safe.
 */
public interface SiteSink {

    /** One finished file of the site. */
    void accept(OutputFile file);

    /**
     * One finished file of the site that the output folder already holds at its path with these
     * very bytes (checked just before): a sink may keep that file instead of writing it again. The
     * default writes it like any other.
     */
    default void acceptUnchanged(OutputFile file) {
        accept(file);
    }
}
