package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;

/** What an incremental build keeps of its output files, and when it makes them again. */
class FileCacheTest {

    @Test
    void aFileCacheReusesAFileOnlyWhileItsKeyIsEqual() {
        FileCache cache = FileCache.keeping();
        OutputFile first = cache.get("a.html", () -> "v1", () -> OutputFile.text("a.html", "one"));
        cache.finishBuild();
        cache.startBuild();
        assertTrue(first == cache.get("a.html", () -> "v1", () -> OutputFile.text("a.html", "again")));
        assertEquals(List.of(), cache.made());
        OutputFile changed = cache.get("a.html", () -> "v2", () -> OutputFile.text("a.html", "two"));
        assertEquals("two", new String(changed.content(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("a.html"), cache.made());
        OutputFile uncached = cache.get("b.html", () -> null, () -> OutputFile.text("b.html", "b"));
        cache.finishBuild();
        cache.startBuild();
        assertFalse(uncached == cache.get("b.html", () -> null, () -> OutputFile.text("b.html", "b")),
                "a file without a key is always made");
    }

    @Test
    void aDisabledCacheMakesEveryFileAndNeverAsksForAKey() {
        FileCache cache = FileCache.disabled();
        for (int i = 0; i < 2; i++) {
            cache.startBuild();
            cache.get("a.html", () -> {
                throw new AssertionError("no key is needed when nothing is kept");
            }, () -> OutputFile.text("a.html", "one"));
            cache.finishBuild();
        }
        assertEquals(List.of(), cache.made());
    }
}
