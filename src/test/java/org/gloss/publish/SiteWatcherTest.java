package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {

    @TempDir
    Path tmp;

    /** The timeout only stops a broken watcher from hanging the build; nothing here is timed. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @Test
    void reportsEditsInWatchedFoldersAndInFoldersCreatedLater() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("content/articles"));
        Path existing = Files.writeString(articles.resolve("a.md"), "one");
        try (SiteWatcher watcher = new SiteWatcher(List.of(tmp.resolve("content"), tmp.resolve("missing")))) {
            Files.writeString(existing, "two");
            assertTrue(awaitPath(watcher, existing));

            Path sub = Files.createDirectories(articles.resolve("2020"));
            assertTrue(awaitPath(watcher, sub));
            Path nested = Files.writeString(sub.resolve("b.md"), "new");
            assertTrue(awaitPath(watcher, nested));

            Files.delete(existing);
            assertTrue(awaitPath(watcher, existing));
        }
    }

    /** An editor or a git checkout may delete the whole content folder and make it again. */
    @Test
    void keepsWatchingAFolderThatIsDeletedAndMadeAgain() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        try (SiteWatcher watcher = new SiteWatcher(List.of(content))) {
            FileTrees.delete(content);
            assertTrue(awaitPath(watcher, content), "the folder going is a change");

            Files.createDirectories(content.resolve("articles"));
            assertTrue(awaitPath(watcher, content), "and so is its coming back");
            Path saved = Files.writeString(content.resolve("articles/a.md"), "new");
            assertTrue(awaitPath(watcher, saved), "what is saved in it afterwards is seen");
        }
    }

    /** serve's own output is swapped in beside the content: rebuilding for that would never stop. */
    @Test
    void whatHappensBesideAWatchedFolderIsNoChange() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        try (SiteWatcher watcher = new SiteWatcher(List.of(content))) {
            Path beside = Files.createDirectories(tmp.resolve(".site-building-1-2"));
            Files.delete(beside);
            Path saved = Files.writeString(content.resolve("a.md"), "new");
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                Set<Path> seen = new HashSet<>();
                while (!seen.contains(saved)) {
                    Set<Path> batch = watcher.next();
                    assertFalse(batch.isEmpty(), "next() hands over changes, never nothing");
                    seen.addAll(batch);
                }
                assertFalse(seen.contains(beside), seen.toString());
            });
        }
    }

    @Test
    void startsWatchingAFolderMadeAfterTheWatcherStarted() throws Exception {
        Path templates = tmp.resolve("templates");
        try (SiteWatcher watcher = new SiteWatcher(List.of(templates))) {
            Files.createDirectories(templates);
            assertTrue(awaitPath(watcher, templates));
            Path saved = Files.writeString(templates.resolve("base.peb"), "x");
            assertTrue(awaitPath(watcher, saved));
        }
    }

    @Test
    void saysAChangeIsWaitingWithoutLosingIt() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("content/articles"));
        try (SiteWatcher watcher = new SiteWatcher(List.of(tmp.resolve("content")))) {
            assertFalse(watcher.changesWaiting());
            Path saved = Files.writeString(articles.resolve("a.md"), "one");
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                while (!watcher.changesWaiting()) {
                    Thread.sleep(10);
                }
            });
            assertTrue(watcher.changesWaiting(), "asking again does not use it up");
            assertTrue(awaitPath(watcher, saved));
        }
    }

    private static boolean awaitPath(SiteWatcher watcher, Path expected) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            Set<Path> seen = new HashSet<>();
            while (!seen.contains(expected)) {
                seen.addAll(watcher.next());
            }
            return true;
        });
    }
}
