package org.gloss.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parts of the big site-wide files — one article's share of the search index or of
 * {@code annotations.json}, one collation on the quotations page — kept between builds by name,
 * each with the value it was made from (its key): a part whose key is equal this time is reused,
 * so an edit remakes only the edited article's share of a file that covers every article. A part
 * is kept only while builds still ask for it. {@link #disabled()} keeps nothing: what a one-off
 * build uses. Thread-safe; one build at a time.
 */
public final class PartCache {

    private final boolean keeps;
    private Map<String, Entry> previous = new ConcurrentHashMap<>();
    private Map<String, Entry> current = new ConcurrentHashMap<>();

    private PartCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** A cache that remembers parts between builds. */
    public static PartCache keeping() {
        return new PartCache(true);
    }

    /** A cache that remembers nothing: every part is made. */
    public static PartCache disabled() {
        return new PartCache(false);
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
