package org.gloss.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder under them, including ones created later) and hands over
 * the files that changed in batches: after the first event it waits a moment for the rest, since
 * an editor's save is often several events (write, rename, attribute change). A watched folder
 * that is deleted and made again, or made only after the watch began, is watched (again) from
 * then on, and reported as changed itself.
 */
public final class SiteWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 25;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    /** Each watched root's parent folder, with the roots in it: how a root deleted and made again is seen. */
    private final Map<WatchKey, Map<Path, Path>> parents = new HashMap<>();
    /** Changes {@link #changesWaiting} collected, for {@link #next} to hand over first. */
    private final Set<Path> pending = new LinkedHashSet<>();

    public SiteWatcher(List<Path> roots) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (root != null) {
                    watchParent(root);
                    if (Files.isDirectory(root)) {
                        registerTree(root);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Blocks until something changes; returns the changed paths (created, modified or deleted),
     * never none: events beside a root (the output folder being swapped in next to the content)
     * are not changes, and a rebuild for them would make more of them, for ever.
     */
    public Set<Path> next() throws InterruptedException {
        try {
            while (pending.isEmpty()) {
                collect(service.take(), pending);
            }
            for (WatchKey more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                 more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                collect(more, pending);
            }
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("watcher closed");
        }
        Set<Path> changed = new LinkedHashSet<>(pending);
        pending.clear();
        return changed;
    }

    /** Whether a change is waiting for {@link #next}, without waiting for one (true once closed). */
    public boolean changesWaiting() {
        try {
            for (WatchKey key = service.poll(); key != null; key = service.poll()) {
                collect(key, pending);
            }
            return !pending.isEmpty();
        } catch (ClosedWatchServiceException e) {
            return true;
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        if (dir == null && parents.containsKey(key)) {
            collectRoots(key, parents.get(key), changed);
            return;
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir == null ? Path.of(".") : dir);
                continue;
            }
            Path p = dir.resolve((Path) event.context());
            changed.add(p);
            watchIfMade(event, p);
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    /**
     * Watches the folder holding {@code root} for {@code root} itself going and coming back: a
     * watch on a deleted folder ends for good, so without this a {@code content/} deleted and
     * made again (a checkout, a restore) would never be watched again.
     */
    private void watchParent(Path root) throws IOException {
        Path abs = root.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        WatchKey key = parent.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE);
        parents.computeIfAbsent(key, k -> new HashMap<>()).put(abs.getFileName(), root);
    }

    /** Events in a root's parent: only the roots themselves count; a root made again is watched again. */
    private void collectRoots(WatchKey key, Map<Path, Path> roots, Set<Path> changed) {
        for (WatchEvent<?> event : key.pollEvents()) {
            Path root = event.kind() == StandardWatchEventKinds.OVERFLOW ? null : roots.get((Path) event.context());
            if (root == null) {
                continue;
            }
            changed.add(root);
            watchIfMade(event, root);
        }
        if (!key.reset()) {
            parents.remove(key);
        }
    }

    /** Watches {@code p} and what is under it when {@code event} made it as a folder. */
    private void watchIfMade(WatchEvent<?> event, Path p) {
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
            try {
                registerTree(p);
            } catch (IOException e) {
                // A folder that vanished again right away has nothing to watch; its deletion is an event too.
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path dir : paths.filter(Files::isDirectory).toList()) {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                dirs.put(key, dir);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing on the way out; nothing left to do with it.
        }
    }
}
