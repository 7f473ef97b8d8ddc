package org.gloss.render;

/**
 * Counts the steps {@link AnnotationWeaver} takes (nodes visited, characters scanned, marks
 * dealt), so a test can prove the work grows linearly without timing anything.
 */
final class WeaveWork {

    private long steps;

    void step() {
        steps++;
    }

    void steps(long n) {
        steps += n;
    }

    long total() {
        return steps;
    }
}
