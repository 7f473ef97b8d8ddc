package org.gloss.core;

/**
 * Hears how a build is going, so a terminal can show a progress bar. {@link #step} is called
 * from several threads at once.
 */
public interface BuildProgress {

    /** Hears nothing: the default, and what CI and tests use. */
    BuildProgress SILENT = new BuildProgress() {
        @Override
        public void start(String stage, int total) {
            // silent
        }

        @Override
        public void step() {
            // silent
        }

        @Override
        public void done(String stage) {
            // silent
        }
    };

    /** A phase begins that will take {@code total} steps (articles or pages). */
    void start(String stage, int total);

    /** One step of the current phase is done. */
    void step();

    /** The current phase is over. */
    void done(String stage);
}
