package org.gloss.analyze;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work started on another core while the caller does something independent of it. The link after
 * an edit has two such halves — quotations and shared passages — each mostly serial (updating an
 * index, clustering, assembling records): run side by side, they overlap on two cores.
 */
final class Forked<T> {

    private final CompletableFuture<T> future;

    private Forked(CompletableFuture<T> future) {
        this.future = future;
    }

    /** Starts {@code work} in the common pool. */
    static <T> Forked<T> start(Supplier<T> work) {
        return new Forked<>(CompletableFuture.supplyAsync(work));
    }

    /** Waits for the result; the work's own exception is rethrown as it was. */
    T join() {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
