package org.gloss.core;

import java.time.Duration;

/**
 * How long each phase of one build took (wall clock). Files are written as they are made, so
 * {@code render} includes writing them; {@code write} is the final swap into the output folder,
 * zero until the site is written.
 */
public record BuildTimings(Duration ingest, Duration analyze, Duration render, Duration write) {

    static final BuildTimings ZERO = new BuildTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public BuildTimings withWrite(Duration took) {
        return new BuildTimings(ingest, analyze, render, took);
    }

    public Duration total() {
        return ingest.plus(analyze).plus(render).plus(write);
    }
}
