package org.gloss.core;

/**
 * Takes the files of a site as they are made, so a build need not hold the whole site in memory.
 * Called from several threads at once: implementations must be thread-safe.
 */
public interface SiteSink {

    /** One finished file of the site. */
    void accept(OutputFile file);
}
