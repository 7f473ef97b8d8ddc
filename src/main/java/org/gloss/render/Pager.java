package org.gloss.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list page cut into pages, as Hugo paginates: page 1 is the list's own file ({@code index.html},
 * {@code outlets/bbc.html}), page N is {@code page/N/index.html} in a folder named after it
 * ({@code page/2/index.html}, {@code outlets/bbc/page/2/index.html}), linked by its file name so
 * it opens from disk too. Each page's template gets {@code pager}: its {@code number}, the number
 * of {@code pages}, {@code prev} and {@code next} (links, or null) and {@code links}, a window of
 * page numbers around it with the first and last ({@code number}, {@code href}, {@code current};
 * a null number is a gap), so that no page lists every other one.
 */
public record Pager(String firstPath, int pages) {

    /** Page numbers shown on each side of the current one. */
    private static final int WINDOW = 2;

    /** The pager of a list of {@code items} shown {@code size} to a page (one page when empty). */
    public static Pager of(String firstPath, int items, int size) {
        return new Pager(firstPath, Math.max(1, (items + size - 1) / size));
    }

    /** The path of page {@code n} (from 1). */
    public String path(int n) {
        if (n == 1) {
            return firstPath;
        }
        String folder = firstPath.equals("index.html") ? "" : firstPath.substring(0, firstPath.length() - ".html".length()) + "/";
        return folder + "page/" + n + "/index.html";
    }

    /** Every page's path, page 1 first. */
    public List<String> paths() {
        List<String> out = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            out.add(path(n));
        }
        return out;
    }

    /** The way back to the site's root from page {@code n}: {@code ""}, {@code "../"}… */
    public String root(int n) {
        return "../".repeat((int) path(n).chars().filter(c -> c == '/').count());
    }

    /** Items {@code [from, to)} of a list of {@code items} on page {@code n}. */
    public static int[] slice(int n, int items, int size) {
        int from = Math.min(items, (n - 1) * size);
        return new int[] {from, Math.min(items, from + size)};
    }

    /** The template data of page {@code n}, links relative to it. */
    public Map<String, Object> model(int n) {
        String root = root(n);
        Map<String, Object> m = new HashMap<>();
        m.put("number", n);
        m.put("pages", pages);
        m.put("prev", n > 1 ? root + path(n - 1) : null);
        m.put("next", n < pages ? root + path(n + 1) : null);
        List<Map<String, Object>> links = new ArrayList<>();
        int last = 0;
        for (int k = 1; k <= pages; k++) {
            if (k == 1 || k == pages || Math.abs(k - n) <= WINDOW) {
                if (k > last + 1) {
                    Map<String, Object> gap = new HashMap<>();
                    gap.put("number", null);
                    gap.put("href", null);
                    gap.put("current", false);
                    links.add(gap);
                }
                links.add(Map.of("number", k, "href", root + path(k), "current", k == n));
                last = k;
            }
        }
        m.put("links", links);
        return m;
    }
}
