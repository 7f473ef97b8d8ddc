package org.gloss.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Derives article ids from file names. An id is made only of {@code a-z 0-9 _ -}, so it is safe as
 * a file name and a URL path segment whatever the source file was called.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return slug(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    public static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("[-_]+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... if taken; records the id as taken. */
    public static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
