package org.gloss;

import java.nio.charset.StandardCharsets;
import org.gloss.render.PartCache;

/**
 * Parts of the site-wide files in the persistent build cache (the search index's documents,
 * scored), so that a build after an edit makes only the parts whose inputs changed and merges.
 * An article's share is made from the article and its analysis, the settings and the theme's
 * messages: it is keyed by the part's name, the settings files, the templates and the article's
 * digest (made once per build, for its analysis's key already). The analysis is a function of
 * the article, the settings and the Gloss version, which every key holds, so the article names
 * it. A part made from bytes (a feature's documents as JSON) is keyed by the bytes themselves.
 */
final class StoredParts implements PartCache.Store {

    private final BuildCache store;
    private final byte[] settings;
    private final byte[] templates;

    /** Shares under these digests of the settings files and of the templates. */
    StoredParts(BuildCache store, byte[] settings, byte[] templates) {
        this.store = store;
        this.settings = settings;
        this.templates = templates;
    }

    @Override
    public byte[] get(String name, Object from) {
        byte[] key = key(name, from);
        return key != null && store.get(BuildCache.Kind.PARTS, key) instanceof byte[] part ? part : null;
    }

    @Override
    public void put(String name, Object from, byte[] part) {
        byte[] key = key(name, from);
        if (key != null) {
            store.put(BuildCache.Kind.PARTS, key, part);
        }
    }

    @Override
    public void keep(String name, Object from) {
        byte[] key = key(name, from);
        if (key != null) {
            store.keep(BuildCache.Kind.PARTS, key);
        }
    }

    /**
     * The key, or null for a value the cache cannot digest (its part is then always made). An
     * article is digested once per build (for its analysis's key already); bytes as they are.
     */
    private byte[] key(String name, Object from) {
        try {
            byte[] made = from instanceof byte[] bytes ? bytes : store.digestOnce(from);
            return store.key(BuildCache.Kind.PARTS, name.getBytes(StandardCharsets.UTF_8), settings, templates,
                    new byte[] {(byte) (from instanceof byte[] ? 1 : 0)}, made);
        } catch (ValueCodec.Unsupported e) {
            return null;
        }
    }
}
