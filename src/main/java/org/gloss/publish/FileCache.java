package org.gloss.publish;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Output files kept from the previous build by path, each with the value it was made from (its
 * key): a file whose key is equal this time is reused instead of made again, so an incremental
 * build renders and encodes only what changed. A file is also kept only while builds still ask
 * for it. {@link #disabled()} keeps nothing and never computes a key: what a one-off build uses.
 * Thread-safe; one build at a time.
 */
public final class FileCache {

    private final boolean keeps;
    private Map<String, Entry> previous = new ConcurrentHashMap<>();
    private Map<String, Entry> current = new ConcurrentHashMap<>();
    private Set<String> made = ConcurrentHashMap.newKeySet();

    private FileCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** A cache that remembers files between builds. */
    public static FileCache keeping() {
        return new FileCache(true);
    }

    /** A cache that remembers nothing: every file is made. */
    public static FileCache disabled() {
        return new FileCache(false);
    }

    /**
     * The file at {@code path}: the one made last build if {@code key} gives an equal value, else
     * {@code make}'s. A null key means the file cannot be cached: it is always made.
     */
    public OutputFile get(String path, Supplier<Object> key, Supplier<OutputFile> make) {
        if (!keeps) {
            return make.get();
        }
        Object k = key.get();
        Entry hit = previous.get(path);
        if (k != null && hit != null && k.equals(hit.key())) {
            current.put(path, hit);
            return hit.file();
        }
        OutputFile file = make.get();
        current.put(path, new Entry(k, file));
        made.add(path);
        return file;
    }

    /** Starts a build: anything a failed build left half-made is dropped. */
    public void startBuild() {
        current = new ConcurrentHashMap<>();
        made = ConcurrentHashMap.newKeySet();
    }

    /** The paths of the files this build made rather than reused, sorted (none when disabled). */
    public List<String> made() {
        return made.stream().sorted().toList();
    }

    /** Ends a build: what it did not ask for is forgotten. */
    public void finishBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** Forgets every file, for changes no key covers (glossary, site settings, theme). */
    public void clear() {
        previous = new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
    }

    private record Entry(Object key, OutputFile file) {
    }
}
