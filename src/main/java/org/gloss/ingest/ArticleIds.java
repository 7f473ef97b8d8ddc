package org.gloss.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives article ids from file names or {@code slug} fields. An id is made only of
 * {@code a-z 0-9 _ -}, so it is safe as a file name and a URL path segment whatever the source
 * file was called or its front matter says ({@code ../../etc/x} becomes {@code etc-x}), and never
 * a Windows device name ({@code con} becomes {@code con_}).
 */
public final class ArticleIds {

    // Compiled once: slugs are made for every article and every glossary mention's anchor.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9_-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern EDGES = Pattern.compile("^[-_]+|[-_]+$");
    private static final Pattern TRAILING = Pattern.compile("[-_]+$");
    /** Names Windows opens as a device whatever the extension: {@code articles/con.html} cannot be a file there. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("con|prn|aux|nul|com[1-9]|lpt[1-9]");
    /**
     * Added to a device name. No other slug ends with it (edges are trimmed), so the suffixed id
     * collides with nothing and stays the same from build to build.
     */
    private static final String DEVICE_SUFFIX = "_";

    private ArticleIds() {
    }

    /** What an article would like to be called, and the source path that makes it unique. */
    record Wish(String source, String base) {
    }

    static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return slug(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    public static String slug(String s) {
        String ascii = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        String slug = OTHER.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = DASHES.matcher(slug).replaceAll("-");
        slug = EDGES.matcher(slug).replaceAll("");
        if (slug.length() > 80) {
            slug = TRAILING.matcher(slug.substring(0, 80)).replaceAll("");
        }
        if (WINDOWS_DEVICE.matcher(slug).matches()) {
            return slug + DEVICE_SUFFIX;
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... if taken; records the id as taken. */
    static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Gives every wish a distinct id, in the order given. An article whose base is unique keeps
     * it; articles sharing a base each get a suffix taken from their own source path (the file
     * extension when that tells them apart, else a short hash of the path), so an id depends only
     * on which files share the base, never on the order they were listed in.
     */
    static List<String> assign(List<Wish> wishes) {
        Map<String, List<Wish>> byBase = new HashMap<>();
        for (Wish w : wishes) {
            byBase.computeIfAbsent(w.base(), k -> new ArrayList<>()).add(w);
        }
        List<String> ids = new ArrayList<>();
        for (Wish w : wishes) {
            List<Wish> group = byBase.get(w.base());
            ids.add(group.size() == 1 ? w.base() : w.base() + "-" + suffix(w, group));
        }
        return resolveLeftovers(wishes, ids);
    }

    private static String suffix(Wish w, List<Wish> group) {
        Set<String> extensions = new HashSet<>();
        for (Wish other : group) {
            extensions.add(extension(other.source()));
        }
        String ext = extension(w.source());
        boolean extensionsDiffer = extensions.size() == group.size() && !ext.isEmpty();
        return extensionsDiffer ? ext : hash(w.source());
    }

    /**
     * A suffixed id can, in theory, equal another article's plain id; those rare leftovers get
     * a counter, handed out in source-path order so the outcome is still independent of listing.
     */
    private static List<String> resolveLeftovers(List<Wish> wishes, List<String> ids) {
        Map<String, Integer> count = new HashMap<>();
        ids.forEach(id -> count.merge(id, 1, Integer::sum));
        if (count.values().stream().allMatch(c -> c == 1)) {
            return ids;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> wishes.get(a).source().compareTo(wishes.get(b).source()));
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>(ids);
        for (int i : order) {
            if (count.get(ids.get(i)) == 1) {
                used.add(ids.get(i));
            }
        }
        for (int i : order) {
            if (count.get(ids.get(i)) > 1) {
                out.set(i, unique(ids.get(i), used));
            }
        }
        return out;
    }

    private static String extension(String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : slug(name.substring(dot + 1));
    }

    private static String hash(String source) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x", d[0], d[1], d[2]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
