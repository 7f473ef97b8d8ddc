package org.gloss.core;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one article's work at one stage (reading, analysis, rendering) so that no single file can
 * stop a build: work that runs past the time limit is interrupted (the loops that can run long
 * check {@link Cancellation}, so the thread stops rather than burn a core), and work that throws
 * anything unforeseen, overflows its stack on deep nesting or runs out of memory comes back as an
 * {@link Exceeded} saying so, for the caller to report against the file and skip it.
 */
public final class TimeLimit implements AutoCloseable {

    /** Deeply nested HTML or Markdown recurses deeply in parsers; give them room before giving up. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final Duration limit;
    private final String name;
    private final ExecutorService pool;
    /** Interrupts work run by {@link #runHere} when its time is up. */
    private final ScheduledExecutorService watchdog;

    /** A limit of {@code limit} per piece of work, run on daemon threads called {@code name}. */
    public TimeLimit(Duration limit, String name) {
        this.limit = limit;
        this.name = name;
        this.pool = Executors.newCachedThreadPool(daemonThreads(name));
        this.watchdog = watchdog(daemonThreads(name + "-watchdog"));
    }

    /** The limit each piece of work has. */
    Duration limit() {
        return limit;
    }

    /** {@code work}'s result; anything that goes wrong (time out, error, bug) becomes an {@link Exceeded}. */
    public <T> T run(Callable<T> work) throws Exceeded {
        return run(work, Exceeded.class);
    }

    /**
     * {@code work}'s result; a checked exception of type {@code passThrough} it throws is thrown
     * as it is, anything else (time out, error, bug) becomes an {@link Exceeded}.
     */
    public <T, E extends Exception> T run(Callable<T> work, Class<E> passThrough) throws E, Exceeded {
        Future<T> job = pool.submit(work);
        try {
            return job.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new Exceeded(null, limit);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (passThrough.isInstance(cause)) {
                throw passThrough.cast(cause);
            }
            throw new Exceeded(cause instanceof Cancellation.Cancelled ? null : cause, limit);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new Exceeded(e, limit);
        }
    }

    /**
     * {@code work}'s result, run on the calling thread, which is interrupted when the limit passes
     * (so the loops that check {@link Cancellation} stop); anything that goes wrong becomes an
     * {@link Exceeded}. No hand-off to another thread: {@link #run} costs a thread switch per call,
     * and often a new thread, which made analysis and rendering a fifth slower when every article
     * paid it. For our own work, whose long loops check for cancellation; readers of untrusted
     * formats use {@link #run}, which returns on time even when the work does not stop.
     */
    public <T> T runHere(Callable<T> work) throws Exceeded {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> timer = watchdog.schedule(alarm::ring, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.call();
        } catch (Cancellation.Cancelled e) {
            throw new Exceeded(null, limit);
        } catch (InterruptedException e) {
            throw new Exceeded(alarm.rang() ? null : e, limit);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw new Exceeded(alarm.rang() ? null : e, limit);
        } finally {
            timer.cancel(false);
            if (alarm.silence()) {
                Thread.interrupted(); // the alarm's interrupt is for this work only, never for what the thread does next
            }
        }
    }

    /** Interrupts one thread once, unless the work finished first. */
    private static final class Alarm {
        private final Thread worker;
        private boolean done;
        private boolean rang;

        Alarm(Thread worker) {
            this.worker = worker;
        }

        synchronized void ring() {
            if (!done) {
                rang = true;
                worker.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        /** Marks the work done; true when the alarm had already rung. */
        synchronized boolean silence() {
            done = true;
            return rang;
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        String first = message == null ? "" : ": " + message.lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + MessageText.excerpt(first);
    }

    /**
     * One alarm thread that is let go when idle, and drops an alarm as soon as it is cancelled:
     * otherwise every finished article's alarm would wait out the whole limit in the queue.
     */
    private static ScheduledExecutorService watchdog(ThreadFactory threads) {
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, threads);
        w.setRemoveOnCancelPolicy(true);
        w.setKeepAliveTime(1, TimeUnit.SECONDS);
        w.allowCoreThreadTimeOut(true);
        return w;
    }

    private static ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(null, r, name, STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
        watchdog.shutdownNow();
    }

    @Override
    public String toString() {
        return name + " (" + seconds(limit) + " s)";
    }

    /** Work that did not finish within its limit, or failed unforeseen. */
    public static final class Exceeded extends Exception {
        private final transient Throwable failure;
        private final Duration limit;

        Exceeded(Throwable failure, Duration limit) {
            super(failure == null ? "time limit" : TimeLimit.describe(failure), null, false, false);
            this.failure = failure;
            this.limit = limit;
        }

        /** True when the work ran out of time (rather than failing). */
        boolean timedOut() {
            return failure == null;
        }

        /** What happened, for a problem about a file: {@code doing} is "reading", "analysing"... */
        public String describe(String doing) {
            if (failure == null) {
                return doing + " took longer than " + seconds(limit) + " s; stopped";
            }
            if (failure instanceof OutOfMemoryError) {
                return "ran out of memory while " + doing + " this file; stopped";
            }
            return "internal error while " + doing + " this file (" + getMessage() + "), please report it";
        }
    }
}
