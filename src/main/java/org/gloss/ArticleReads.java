package org.gloss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.gloss.core.BuildProgress;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.IngestResult;
import org.gloss.ingest.ReadOutcome;

/**
 * The ingest phase, remembering what it read: a file whose stamps (and its sidecars') are
 * unchanged is not read again, and when {@code furniture.yml} changes every file is, since any
 * may convert differently. One that keeps nothing reads every file every time.
 */
final class ArticleReads {

    private final Path contentDir;
    private final boolean keep;
    /** The persistent cache, or null: reads by content hash across processes. */
    private final BuildCache store;
    /** furniture.yml's bytes (null when absent) while it is the one read: part of every read's key. */
    private byte[] furniture;
    private final Map<Path, CachedRead> reads = new ConcurrentHashMap<>();
    private final AtomicInteger filesRead = new AtomicInteger();
    private ArticleIngester ingester;
    private List<FileStamp> lastFurniture;
    /** The edit a rehearsal build makes in memory; null otherwise. */
    private Rehearsal rehearsal;

    ArticleReads(Path contentDir, boolean keep) {
        this(contentDir, keep, null);
    }

    /** Reads that also look in, and add to, {@code store} (null for none). */
    ArticleReads(Path contentDir, boolean keep, BuildCache store) {
        this.contentDir = contentDir;
        this.keep = keep;
        this.store = store;
    }

    /** Reads the content folder's articles, reusing what is unchanged. */
    IngestResult ingest(BuildProgress progress) {
        ArticleIngester current = ingester();
        filesRead.set(0);
        progress.start("ingest", -1);
        Set<Path> seen = ConcurrentHashMap.newKeySet();
        IngestResult result = current.ingest(contentDir, file -> {
            Path key = file.toAbsolutePath().normalize();
            seen.add(key);
            ReadOutcome o = cachedRead(current, key, file);
            progress.step();
            return o;
        });
        reads.keySet().retainAll(seen);
        progress.done("ingest");
        return result;
    }

    /** How many files the last {@link #ingest} read rather than reused. */
    int filesRead() {
        return filesRead.get();
    }

    /** Forgets what was read from {@code abs} (a file, or a folder and all under it) and its sidecars. */
    void changed(Path abs) {
        String base = baseName(abs);
        reads.keySet().removeIf(p -> p.startsWith(abs)
                || (p.getParent().equals(abs.getParent()) && baseName(p).equals(base)));
        if (abs.getFileName() != null && abs.getFileName().toString().equals("furniture.yml")) {
            ingester = null;
        }
    }

    /** Until {@link #endRehearsal}, reads {@code file} with its body edited by {@code edit}, and keeps nothing of it. */
    void rehearse(Path file, UnaryOperator<String> edit) {
        rehearsal = new Rehearsal(file, edit);
    }

    void endRehearsal() {
        rehearsal = null;
    }

    private ReadOutcome cachedRead(ArticleIngester current, Path key, Path file) {
        if (rehearsal != null && rehearsal.file().equals(key)) {
            // Never cached: the file does not say this.
            return rehearsal.apply(current.read(contentDir, file));
        }
        List<FileStamp> stamps = keep ? stampsOf(key) : List.of();
        CachedRead hit = reads.get(key);
        if (hit != null && hit.stamps().equals(stamps)) {
            return hit.outcome();
        }
        ReadOutcome outcome = store == null ? readFile(current, file) : readThroughStore(current, key, file);
        if (keep) {
            reads.put(key, new CachedRead(stamps, outcome));
        }
        return outcome;
    }

    private ReadOutcome readFile(ArticleIngester current, Path file) {
        filesRead.incrementAndGet();
        return current.read(contentDir, file);
    }

    /**
     * A read from the persistent cache when one is stored for these exact bytes (the file's and
     * its sidecars', at this path, with these furniture patterns), else from the file, then stored.
     * A file that could not be read or was skipped is not stored: reading it again says why.
     */
    private ReadOutcome readThroughStore(ArticleIngester current, Path key, Path file) {
        byte[] storeKey = storeKey(key);
        Object hit = storeKey == null ? null : store.get(BuildCache.Kind.READ, storeKey);
        if (hit instanceof ReadOutcome cached) {
            return cached;
        }
        ReadOutcome outcome = readFile(current, file);
        if (storeKey != null && outcome.article() != null) {
            store.put(BuildCache.Kind.READ, storeKey, outcome);
        }
        return outcome;
    }

    /** The key of what reading {@code file} depends on, or null when a file cannot be read for it (it is then read as usual). */
    private byte[] storeKey(Path file) {
        String base = baseName(file);
        try {
            if (Files.size(file) > ArticleIngester.MAX_FILE_BYTES) {
                return null;
            }
            String rel = contentDir.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
            return store.key(BuildCache.Kind.READ, rel.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file),
                    optionalBytes(file.resolveSibling(base + ".yml")),
                    optionalBytes(file.resolveSibling(base + ".yaml")), furniture);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] optionalBytes(Path p) throws IOException {
        return p.toFile().exists() ? Files.readAllBytes(p) : null;
    }

    /** The ingester with the site's furniture patterns, made again (and every read dropped) when they change. */
    private ArticleIngester ingester() {
        List<FileStamp> stamps = List.of(FileStamp.of(contentDir.resolve("furniture.yml").toAbsolutePath().normalize()));
        if (ingester == null || !stamps.equals(lastFurniture)) {
            ingester = ArticleIngester.forContent(contentDir);
            furniture = furnitureBytes();
            reads.clear();
            lastFurniture = stamps;
        }
        return ingester;
    }

    private byte[] furnitureBytes() {
        try {
            return optionalBytes(contentDir.resolve("furniture.yml"));
        } catch (IOException e) {
            return null; // forContent has already reported an unreadable furniture.yml
        }
    }

    /** The article file and its sidecars: a change to any of them means reading it again. */
    private static List<FileStamp> stampsOf(Path file) {
        String base = baseName(file);
        return List.of(FileStamp.of(file), FileStamp.ofOptional(file.resolveSibling(base + ".yml")),
                FileStamp.ofOptional(file.resolveSibling(base + ".yaml")));
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private record CachedRead(List<FileStamp> stamps, ReadOutcome outcome) {
    }

    /** An article file read with its body edited in memory. */
    private record Rehearsal(Path file, UnaryOperator<String> edit) {

        ReadOutcome apply(ReadOutcome read) {
            Article a = read.article();
            return a == null ? read : new ReadOutcome(new Article(a.id(), a.source(), a.metadata(),
                    edit.apply(a.body()), a.detected(), a.overridden()), read.problems());
        }
    }
}
