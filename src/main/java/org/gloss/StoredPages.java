package org.gloss;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gloss.core.OutputFile;

/**
 * Pages reused across processes: for each page the build cache keeps the digest of what it was
 * made from ({@link PageDependencies}' key) and a fingerprint of the bytes made
 * ({@link #fingerprint}); the bytes themselves are the ones already in the output folder. A page
 * whose key digest is unchanged is read back from the output folder, and used only if those bytes
 * still match the fingerprint (a page edited by hand, or a folder another build wrote, is made
 * again), and the sink is told it is unchanged ({@link #reused}). So the cache holds a
 * few dozen bytes per page instead of a second copy of the site.
 *
 * <p>The record of pages is one cache entry, keyed by the output folder, the settings files and
 * the templates: a change to any of these (which every page shows) starts from no page. It is
 * written once, at the end of a build, only when it changed.
 *
 * <p>The record also names the inputs of the analysis it was made from
 * ({@link org.gloss.analyze.SiteAnalysis#inputs}). Every page's key is made from the articles,
 * their annotations and the settings, so when those inputs are the ones recorded, every page's
 * key is the one recorded too, and is not digested again: a rebuild with nothing changed only
 * checks that each page is still in the output folder as made.
 */
final class StoredPages {

    /** One page as last made: the digest of its key, and the fingerprint of its bytes. */
    private record Made(byte[] key, byte[] content) {
    }

    /** Above this size a file read back from the output folder is checked and handed on without holding it whole. */
    private static final long LARGE = 1 << 20;

    private final BuildCache store;
    private final Path out;
    private final byte[] recordKey;
    private final Map<String, Made> previous;
    /** The analysis's inputs, when known; and whether they are the ones the previous record was made from. */
    private final String inputs;
    private final boolean sameInputs;
    private final Map<String, Made> current = new ConcurrentHashMap<>();
    private final java.util.Set<String> made = ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> reused = ConcurrentHashMap.newKeySet();

    private StoredPages(BuildCache store, Path out, byte[] recordKey, Map<String, Made> previous,
                        String inputs, boolean sameInputs) {
        this.store = store;
        this.out = out.toAbsolutePath().normalize();
        this.recordKey = recordKey;
        this.previous = previous;
        this.inputs = inputs;
        this.sameInputs = sameInputs;
    }

    /**
     * The pages recorded for {@code out} under this {@code context} (the digests of the settings
     * and the templates, and whether the site is for the file system only), for pages made from
     * an analysis of these {@code inputs} (null when not known).
     */
    static StoredPages open(BuildCache store, Path out, String inputs, byte[]... context) {
        byte[][] parts = Arrays.copyOf(context, context.length + 1);
        parts[context.length] = out.toAbsolutePath().normalize().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] recordKey = store.key(BuildCache.Kind.PAGES, parts);
        Map<String, Made> previous = new TreeMap<>();
        boolean sameInputs = false;
        if (store.get(BuildCache.Kind.PAGES, recordKey) instanceof List<?> stored && stored.size() % 3 == 1) {
            sameInputs = inputs != null && inputs.equals(stored.get(0));
            for (int i = 1; i < stored.size(); i += 3) {
                if (stored.get(i) instanceof String path && stored.get(i + 1) instanceof byte[] key
                        && stored.get(i + 2) instanceof byte[] content) {
                    previous.put(path, new Made(key, content));
                }
            }
        }
        return new StoredPages(store, out, recordKey, previous, inputs, sameInputs);
    }

    /**
     * The digest of the key {@code key} gives for the page at {@code path}: the recorded one when
     * the analysis's inputs are the recorded ones, else made; null for a page that is always made.
     */
    private byte[] digest(String path, Supplier<Object> key) {
        Made before = previous.get(path);
        if (sameInputs && before != null) {
            return before.key();
        }
        try {
            Object k = key.get();
            // The key's own digest made once per object: a Markdown copy's key is its article,
            // already digested for its analysis.
            return k == null ? null : store.digest(List.of(path, store.digestOnce(k)));
        } catch (ValueCodec.Unsupported e) {
            return null;
        }
    }

    /**
     * The page at {@code path}: read from the output folder when it was made from an equal key
     * and is still those bytes, else {@code make}'s. A key the cache cannot digest (or null: a
     * page nothing knows the inputs of) means the page is always made.
     */
    OutputFile get(String path, Supplier<Object> key, Supplier<OutputFile> make) {
        byte[] digest = digest(path, key);
        if (digest == null) {
            made.add(path);
            return make.get();
        }
        Made before = previous.get(path);
        if (before != null && Arrays.equals(before.key(), digest)) {
            OutputFile kept = length(before.content()) > LARGE ? largeOutput(path, before.content()) : null;
            byte[] bytes = kept != null ? null : readOutput(path);
            if (kept == null && bytes != null && Arrays.equals(fingerprint(bytes), before.content())) {
                kept = new OutputFile(path, bytes);
            }
            if (kept != null) {
                current.put(path, before);
                reused.add(path);
                return kept;
            }
        }
        OutputFile page = make.get();
        made.add(path);
        if (page.streamed()) {
            // Fingerprinted as the sink writes it out: a file never written is not recorded, and
            // is made again next time.
            return Fingerprint.watched(page, fp -> current.put(path, new Made(digest, fp)));
        }
        current.put(path, new Made(digest, fingerprint(page.content())));
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
            byte[] digest = digest(path, () -> key.apply(path));
            byte[] bytes = digest != null && Arrays.equals(before.key(), digest) ? readOutput(path) : null;
            if (bytes == null || !Arrays.equals(fingerprint(bytes), before.content())) {
                return null;
            }
            kept.add(new OutputFile(path, bytes));
        }
        kept.forEach(f -> {
            current.put(f.path(), previous.get(f.path()));
            reused.add(f.path());
        });
        return kept;
    }

    /** True when the file at {@code path} was read back from the output folder, as made, rather than made. */
    boolean reused(String path) {
        return reused.contains(path);
    }

    /** The paths of the pages this build made rather than read back, sorted. */
    List<String> made() {
        return made.stream().sorted().toList();
    }

    /** Records the pages this build made or reused, for the next build, when that changed. */
    void finish() {
        boolean same = sameInputs && current.size() == previous.size() && current.entrySet().stream().allMatch(e -> {
            Made p = previous.get(e.getKey());
            return p != null && Arrays.equals(p.key(), e.getValue().key())
                    && Arrays.equals(p.content(), e.getValue().content());
        });
        if (same) {
            store.keep(BuildCache.Kind.PAGES, recordKey);
            return;
        }
        List<Object> record = new java.util.ArrayList<>(current.size() * 3 + 1);
        record.add(inputs);
        new TreeMap<>(current).forEach((path, made) -> {
            record.add(path);
            record.add(made.key());
            record.add(made.content());
        });
        store.put(BuildCache.Kind.PAGES, recordKey, record);
    }

    /**
     * The large file at {@code path} in the output folder, checked against {@code fingerprint} as
     * it is read and then handed on streamed from there (the staging folder links it, so it is
     * read whole only where links are not supported); null when it is not as made.
     */
    private OutputFile largeOutput(String path, byte[] fingerprint) {
        Path file = out.resolve(path).normalize();
        try {
            if (!file.startsWith(out) || !Arrays.equals(Fingerprint.of(file), fingerprint)) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return OutputFile.streamed(path, to -> Files.copy(file, to));
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

    /**
     * What a page's bytes are checked against: their length and two CRCs of different polynomials
     * (CRC-32C and CRC-32). This guards against accident — a page edited by hand, a folder another
     * build wrote — not against an adversary, who could as well edit the cache; and both CRCs are
     * machine instructions in every JIT, where SHA-256 under C1 (which small builds run) was a
     * third of a rebuild with nothing changed.
     */
    static byte[] fingerprint(byte[] bytes) {
        Fingerprint fp = new Fingerprint();
        fp.write(bytes, 0, bytes.length);
        return fp.value();
    }

    /** The length of the bytes a {@link #fingerprint} was made of: a file of another size cannot match it. */
    static long length(byte[] fingerprint) {
        return ByteBuffer.wrap(fingerprint).getInt();
    }
}
