package org.gloss;

import java.nio.charset.StandardCharsets;
import org.gloss.ingest.Article;
import org.gloss.render.PartCache;

/**
 * Articles' shares of the site-wide files (the search index's documents, scored) in the
 * persistent build cache, so that a build after an edit makes only the edited article's share and
 * merges. A share is made from the article and its analysis, the settings and the theme's
 * messages: it is keyed by the part's name, the settings files, the templates and the article's
 * digest (made once per build, for its analysis's key already). The analysis is a function of
 * the article, the settings and the Gloss version, which every key holds, so the article names it.
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
    public byte[] get(String name, Article article) {
        byte[] key = key(name, article);
        return key != null && store.get(BuildCache.Kind.PARTS, key) instanceof byte[] part ? part : null;
    }

    @Override
    public void put(String name, Article article, byte[] part) {
        byte[] key = key(name, article);
        if (key != null) {
            store.put(BuildCache.Kind.PARTS, key, part);
        }
    }

    @Override
    public void keep(String name, Article article) {
        byte[] key = key(name, article);
        if (key != null) {
            store.keep(BuildCache.Kind.PARTS, key);
        }
    }

    /** The key, or null for an article the cache cannot digest (its share is then always made). */
    private byte[] key(String name, Article article) {
        try {
            return store.key(BuildCache.Kind.PARTS, name.getBytes(StandardCharsets.UTF_8), settings, templates,
                    store.digestOnce(article));
        } catch (ValueCodec.Unsupported e) {
            return null;
        }
    }
}
