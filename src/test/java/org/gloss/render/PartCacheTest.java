package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PartCacheTest {

    @Test
    void aPartIsMadeAgainOnlyWhenItsKeyChanges() {
        PartCache parts = PartCache.keeping();
        AtomicInteger made = new AtomicInteger();
        assertEquals("v1", parts.get("a", () -> "k1", () -> "v" + made.incrementAndGet()));
        parts.finishBuild();
        assertEquals("v1", parts.get("a", () -> "k1", () -> "v" + made.incrementAndGet()));
        parts.finishBuild();
        assertEquals("v2", parts.get("a", () -> "k2", () -> "v" + made.incrementAndGet()));
    }

    @Test
    void aPartNotAskedForInABuildIsForgotten() {
        PartCache parts = PartCache.keeping();
        AtomicInteger made = new AtomicInteger();
        parts.get("a", () -> "k", made::incrementAndGet);
        parts.finishBuild();
        parts.finishBuild();
        parts.get("a", () -> "k", made::incrementAndGet);
        assertEquals(2, made.get());
    }

    @Test
    void aDisabledCacheMakesEveryPart() {
        PartCache parts = PartCache.disabled();
        AtomicInteger made = new AtomicInteger();
        parts.get("a", () -> "k", made::incrementAndGet);
        parts.finishBuild();
        parts.get("a", () -> "k", made::incrementAndGet);
        assertEquals(2, made.get());
    }
}
