package org.gloss.publish;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gloss.core.OutputFile;
import org.gloss.render.PartCache;

/**
 * Output files kept from the previous build by path, each with the value it was made from (its
 * key): a file whose key is equal this time is reused instead of made again, so an incremental
 * build renders and encodes only what changed. A file is also kept only while builds still ask
 * for it. {@link #disabled()} keeps nothing and never computes a key: what a one-off build uses;
 * {@link #through} asks the build cache's record of the output folder instead.
 * Thread-safe; one build at a time.
 */
public final class FileCache {

    /** The files themselves, kept like any other part between builds. */
    private final PartCache files;
    /** Where a one-off build looks for the files a previous process made, or null. */
    private final Lookup stored;
    private Set<String> made = ConcurrentHashMap.newKeySet();

    private FileCache(PartCache files, Lookup stored) {
        this.files = files;
        this.stored = stored;
    }

    /**
     * Finds a file a previous build made from an equal key, else makes it: the persistent build
     * cache's record of the output folder, for a one-off build.
     */
    @FunctionalInterface
    public interface Lookup {
        OutputFile get(String path, Supplier<Object> key, Supplier<OutputFile> make);
    }

    /**
     * A cache that keeps nothing itself and asks {@code stored} for every file: a one-off build
     * with a build cache, whose previous output folder still holds what it made.
     */
    public static FileCache through(Lookup stored) {
        return new FileCache(PartCache.disabled(), stored);
    }

    /** A cache that remembers files between builds. */
    public static FileCache keeping() {
        return new FileCache(PartCache.keeping(), null);
    }

    /** A cache that remembers nothing: every file is made. */
    public static FileCache disabled() {
        return new FileCache(PartCache.disabled(), null);
    }

    /** True when this cache keeps files between builds (and so asks for their keys). */
    public boolean keeps() {
        return files.keeps();
    }

    /**
     * The file at {@code path}: the one made last build if {@code key} gives an equal value, else
     * {@code make}'s. A null key means the file cannot be cached: it is always made.
     */
    public OutputFile get(String path, Supplier<Object> key, Supplier<OutputFile> make) {
        if (stored != null) {
            return stored.get(path, key, make);
        }
        if (!files.keeps()) {
            return make.get();
        }
        Object k = key.get();
        // A file kept between builds is kept as its bytes: a streamed one's body would hold on to
        // the build that made it.
        Supplier<OutputFile> making = () -> {
            made.add(path);
            return make.get().whole();
        };
        return k == null ? making.get() : files.get(path, () -> k, making);
    }

    /** Starts a build: it has made nothing yet. */
    public void startBuild() {
        made = ConcurrentHashMap.newKeySet();
    }

    /** The paths of the files this build made rather than reused, sorted (none when disabled). */
    public List<String> made() {
        return made.stream().sorted().toList();
    }

    /** Ends a build: what it did not ask for is forgotten. */
    public void finishBuild() {
        files.finishBuild();
    }

    /** Forgets every file, for changes no key covers (glossary, site settings, theme). */
    public void clear() {
        files.clear();
    }
}
