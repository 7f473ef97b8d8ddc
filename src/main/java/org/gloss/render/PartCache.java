package org.gloss.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gloss.ingest.Article;

/**
 * Parts of the big site-wide files — one article's share of the search index or of
 * {@code annotations.json}, one collation on the quotations page — kept between builds by name,
 * each with the value it was made from (its key): a part whose key is equal this time is reused,
 * so an edit remakes only the edited article's share of a file that covers every article. A part
 * is kept only while builds still ask for it. {@link #disabled()} keeps nothing: what a one-off
 * build uses; {@link #stored(Store)} keeps nothing in memory either, but reads and writes some
 * parts (an article's share of the search index) through a {@link Store} (the persistent build cache). Thread-safe; one
 * build at a time.
 */
public final class PartCache {

    /**
     * Where parts are kept across processes: under the part's name, what it is made from (an
     * {@link Article}: its id, source, metadata and body; or bytes, such as a feature's documents
     * as JSON) and what else every part may depend on (the settings, the theme, the Gloss
     * version). A part kept there must be a function of these alone.
     */
    public interface Store {
        /** The bytes stored for part {@code name} made from {@code from}, or null. */
        byte[] get(String name, Object from);

        /** Stores {@code part} as part {@code name} made from {@code from}. */
        void put(String name, Object from, byte[] part);

        /** Marks the part as still used, though this build did not read it (so it is not pruned). */
        void keep(String name, Object from);
    }

    private final boolean keeps;
    private final Store store;
    private Map<String, Entry> previous = new ConcurrentHashMap<>();
    private Map<String, Entry> current = new ConcurrentHashMap<>();

    private PartCache(boolean keeps, Store store) {
        this.keeps = keeps;
        this.store = store;
    }

    /** A cache that remembers parts between builds. */
    public static PartCache keeping() {
        return new PartCache(true, null);
    }

    /** A cache that remembers nothing: every part is made. */
    public static PartCache disabled() {
        return new PartCache(false, null);
    }

    /** A cache that remembers nothing in memory, and reads and writes articles' shares through {@code store}. */
    public static PartCache stored(Store store) {
        return new PartCache(false, store);
    }

    /**
     * Whether parts are kept. When they are not, a caller writes one large part where it would
     * keep many small ones: nothing is reused, and every part has a cost of its own.
     */
    public boolean keeps() {
        return keeps;
    }

    /**
     * The part called {@code name}: last build's if it was made from an equal key, else
     * {@code make}'s. The key is asked for only when parts are kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, Supplier<Object> key, Supplier<T> make) {
        if (!keeps) {
            return make.get();
        }
        Object k = key.get();
        Entry hit = current.get(name);
        if (hit == null) {
            hit = previous.get(name);
        }
        if (hit == null || !hit.key().equals(k)) {
            hit = new Entry(k, make.get());
        }
        current.put(name, hit);
        return (T) hit.part();
    }

    /** Whether parts are kept across processes ({@link #stored(Store)}). */
    public boolean stores() {
        return store != null;
    }

    /**
     * Part {@code name} made from {@code from} (an {@link Article}, or bytes), read from the
     * {@link Store} when it holds one that {@code read} accepts (null: it does not), else
     * {@code make}'s, then stored as {@code write} gives it. Without a store, {@code make}'s.
     */
    public <T> T stored(String name, Object from, Function<byte[], T> read, Supplier<T> make,
                        Function<T, byte[]> write) {
        if (store == null) {
            return make.get();
        }
        byte[] kept = store.get(name, from);
        T part = kept == null ? null : read.apply(kept);
        if (part == null) {
            part = make.get();
            store.put(name, from, write.apply(part));
        }
        return part;
    }

    /** Marks part {@code name} made from {@code from} as still used when it was not asked for (nothing without a store). */
    public void keepStored(String name, Object from) {
        if (store != null) {
            store.keep(name, from);
        }
    }

    /** Ends a build: the parts it did not ask for are forgotten. */
    public void finishBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** Forgets every part, for changes no key covers (glossary, site settings, theme). */
    public void clear() {
        previous = new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
    }

    private record Entry(Object key, Object part) {
    }
}
