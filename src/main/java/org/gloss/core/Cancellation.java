package org.gloss.core;

/**
 * Lets long-running loops stop when the work they belong to has been given up on: a
 * {@link TimeLimit} interrupts the thread, and the loop's next {@link #check} throws. Java cannot
 * stop a thread from outside; without these checks a hostile file kept a core busy long after
 * its article was skipped.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** Throws {@link Cancelled} when this thread has been interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    /** The work was given up on; thrown out of the loop that noticed. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled: the time limit for this work ran out", null, false, false);
        }
    }
}
