package org.gloss.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIds;

/** The outlets of the corpus, each with a page slug and its articles (newest first). */
public final class OutletPageModel {

    /** Slugged for articles whose outlet is unknown (the name shown is the message {@code outlet.unknown}). */
    private static final String UNKNOWN_SLUG = "Unknown outlet";

    private OutletPageModel() {
    }

    /** One outlet: display name, page slug and articles in index order. */
    public record Outlet(String name, String slug, List<Article> articles) {
    }

    /** Every outlet by name (sorted case-insensitively) with a unique slug. */
    static List<Outlet> outlets(SiteView view) {
        Map<String, List<Article>> byName = new LinkedHashMap<>();
        String unknown = view.messages().text("outlet.unknown");
        view.sortedArticles().forEach(a -> byName.computeIfAbsent(name(a, view.messages()), k -> new ArrayList<>()).add(a));
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(n -> n));
        Set<String> taken = new HashSet<>();
        List<Outlet> out = new ArrayList<>();
        for (String n : names) {
            // The page of articles with no outlet keeps one address whatever the language.
            out.add(new Outlet(n, uniqueSlug(n.equals(unknown) ? UNKNOWN_SLUG : n, taken), List.copyOf(byName.get(n))));
        }
        return out;
    }

    /** The article's outlet as pages show it: its name, or {@code outlet.unknown} in {@code messages}. */
    public static String name(Article a, Messages messages) {
        String o = a.metadata().outlet();
        return o == null || o.isBlank() ? messages.text("outlet.unknown") : o.strip();
    }

    /** Two outlets whose names slug alike ("Le Monde" and "Le-Monde") get -2, -3… in name order. */
    private static String uniqueSlug(String name, Set<String> taken) {
        String base = ArticleIds.slug(name.toLowerCase(Locale.ROOT));
        String slug = base;
        for (int i = 2; !taken.add(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    /** Template data for one outlet, links relative to {@code root}. */
    static Map<String, Object> model(SiteView view, Outlet o, String root) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", o.name());
        m.put("slug", o.slug());
        m.put("href", root + SiteLayout.outletPage(o.slug()));
        m.put("count", o.articles().size());
        m.put("articles", o.articles().stream().map(a -> view.summary(a, root)).toList());
        return m;
    }
}
