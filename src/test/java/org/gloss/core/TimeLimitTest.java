package org.gloss.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 16, item 10: work past its limit is not only abandoned but stopped. */
@Timeout(60) // a hang guard only
class TimeLimitTest {

    @Test
    void workPastTheLimitIsStoppedNotLeftRunning() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (TimeLimit limit = new TimeLimit(Duration.ofMillis(200), "test")) {
            TimeLimit.Exceeded e = assertThrows(TimeLimit.Exceeded.class, () -> limit.run(() -> {
                try {
                    while (true) {
                        Cancellation.check(); // what every long loop does
                    }
                } finally {
                    stopped.countDown();
                }
            }, IOException.class));
            assertTrue(e.timedOut());
            assertEquals("analysing took longer than 0.2 s; stopped", e.describe("analysing"));
            assertTrue(stopped.await(10, TimeUnit.SECONDS), "the loop ended once the limit ran out");
        }
    }

    @Test
    void deepRecursionAndBugsAreReportedNotThrown() throws Exception {
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(30), "test")) {
            TimeLimit.Exceeded overflow = assertThrows(TimeLimit.Exceeded.class,
                    () -> limit.run(TimeLimitTest::recurse, IOException.class));
            assertTrue(overflow.describe("rendering").startsWith(
                    "internal error while rendering this file (StackOverflowError"), overflow.describe("rendering"));
            assertThrows(IOException.class, () -> limit.run(() -> {
                throw new IOException("passed through");
            }, IOException.class));
            assertEquals(42, limit.run(() -> 42, IOException.class));
        }
    }

    @Test
    void workOnTheCallingThreadIsInterruptedAtTheLimitAndTheThreadIsLeftClean() throws Exception {
        try (TimeLimit limit = new TimeLimit(Duration.ofMillis(100), "test")) {
            TimeLimit.Exceeded e = assertThrows(TimeLimit.Exceeded.class, () -> limit.runHere(() -> {
                while (true) {
                    Cancellation.check();
                }
            }));
            assertTrue(e.timedOut(), "reported as running out of time");
            assertFalse(Thread.currentThread().isInterrupted(), "the alarm's interrupt does not outlive the work");
            assertEquals(42, limit.runHere(() -> 42), "the thread goes on working normally");
        }
    }

    @Test
    void workOnTheCallingThreadThatFailsIsReportedNotThrown() throws Exception {
        try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(30), "test")) {
            TimeLimit.Exceeded overflow = assertThrows(TimeLimit.Exceeded.class, () -> limit.runHere(TimeLimitTest::recurse));
            assertFalse(overflow.timedOut());
            assertTrue(overflow.describe("analysing").contains("StackOverflowError"), overflow.describe("analysing"));
        }
    }

    private static Integer recurse() {
        return recurse() + 1;
    }
}
