package org.gloss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gloss.core.OutputFile;

/**
 * Pages reused across processes: for each page the build cache keeps the digest of what it was
 * made from ({@link PageDependencies}' key) and the SHA-256 of the bytes made; the bytes
 * themselves are the ones already in the output folder. A page whose key digest is unchanged is
 * read back from the output folder, and used only if those bytes still hash to what was made
 * (a page edited by hand, or a folder another build wrote, is made again). So the cache holds a
 * few dozen bytes per page instead of a second copy of the site.
 *
 * <p>The record of pages is one cache entry, keyed by the output folder, the settings files and
 * the templates: a change to any of these (which every page shows) starts from no page. It is
 * written once, at the end of a build, only when it changed.
 */
final class StoredPages {

    /** One page as last made: the digest of its key, and the SHA-256 of its bytes. */
    private record Made(byte[] key, byte[] content) {
    }

    private final BuildCache store;
    private final Path out;
    private final byte[] recordKey;
    private final Map<String, Made> previous;
    private final Map<String, Made> current = new ConcurrentHashMap<>();
    private final java.util.Set<String> made = ConcurrentHashMap.newKeySet();

    private StoredPages(BuildCache store, Path out, byte[] recordKey, Map<String, Made> previous) {
        this.store = store;
        this.out = out.toAbsolutePath().normalize();
        this.recordKey = recordKey;
        this.previous = previous;
    }

    /**
     * The pages recorded for {@code out} under this {@code context} (the digests of the settings
     * and the templates, and whether the site is for the file system only).
     */
    static StoredPages open(BuildCache store, Path out, byte[]... context) {
        byte[][] parts = Arrays.copyOf(context, context.length + 1);
        parts[context.length] = out.toAbsolutePath().normalize().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] recordKey = store.key(BuildCache.Kind.PAGES, parts);
        Map<String, Made> previous = new TreeMap<>();
        if (store.get(BuildCache.Kind.PAGES, recordKey) instanceof List<?> stored && stored.size() % 3 == 0) {
            for (int i = 0; i < stored.size(); i += 3) {
                if (stored.get(i) instanceof String path && stored.get(i + 1) instanceof byte[] key
                        && stored.get(i + 2) instanceof byte[] content) {
                    previous.put(path, new Made(key, content));
                }
            }
        }
        return new StoredPages(store, out, recordKey, previous);
    }

    /**
     * The page at {@code path}: read from the output folder when it was made from an equal key
     * and is still those bytes, else {@code make}'s. A key the cache cannot digest (or null: a
     * page nothing knows the inputs of) means the page is always made.
     */
    OutputFile get(String path, Supplier<Object> key, Supplier<OutputFile> make) {
        Object k = key.get();
        byte[] digest;
        try {
            digest = k == null ? null : store.digest(List.of(path, k));
        } catch (ValueCodec.Unsupported e) {
            digest = null;
        }
        if (digest == null) {
            made.add(path);
            return make.get();
        }
        Made before = previous.get(path);
        if (before != null && Arrays.equals(before.key(), digest)) {
            byte[] bytes = readOutput(path);
            if (bytes != null && Arrays.equals(sha256(bytes), before.content())) {
                current.put(path, before);
                return new OutputFile(path, bytes);
            }
        }
        OutputFile page = make.get();
        made.add(path);
        current.put(path, new Made(digest, sha256(page.content())));
        return page;
    }

    /**
     * Every page the last build recorded whose path is a {@code member} of a group made together
     * (the search index and its fragments), read back when each was made from an equal key and
     * is still those bytes; null when any is not (or the last build recorded none), and the
     * group must be made.
     */
    List<OutputFile> group(java.util.function.Predicate<String> member, java.util.function.Function<String, Object> key) {
        List<String> paths = previous.keySet().stream().filter(member).toList();
        if (paths.isEmpty()) {
            return null;
        }
        List<OutputFile> kept = new java.util.ArrayList<>(paths.size());
        for (String path : paths) {
            Made before = previous.get(path);
            byte[] digest;
            try {
                Object k = key.apply(path);
                digest = k == null ? null : store.digest(List.of(path, k));
            } catch (ValueCodec.Unsupported e) {
                digest = null;
            }
            byte[] bytes = digest != null && Arrays.equals(before.key(), digest) ? readOutput(path) : null;
            if (bytes == null || !Arrays.equals(sha256(bytes), before.content())) {
                return null;
            }
            kept.add(new OutputFile(path, bytes));
        }
        kept.forEach(f -> current.put(f.path(), previous.get(f.path())));
        return kept;
    }

    /** The paths of the pages this build made rather than read back, sorted. */
    List<String> made() {
        return made.stream().sorted().toList();
    }

    /** Records the pages this build made or reused, for the next build, when that changed. */
    void finish() {
        boolean same = current.size() == previous.size() && current.entrySet().stream().allMatch(e -> {
            Made p = previous.get(e.getKey());
            return p != null && Arrays.equals(p.key(), e.getValue().key())
                    && Arrays.equals(p.content(), e.getValue().content());
        });
        if (same) {
            store.keep(BuildCache.Kind.PAGES, recordKey);
            return;
        }
        List<Object> record = new java.util.ArrayList<>(current.size() * 3);
        new TreeMap<>(current).forEach((path, made) -> {
            record.add(path);
            record.add(made.key());
            record.add(made.content());
        });
        store.put(BuildCache.Kind.PAGES, recordKey, record);
    }

    private byte[] readOutput(String path) {
        Path file = out.resolve(path).normalize();
        if (!file.startsWith(out)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
