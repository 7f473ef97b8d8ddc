package org.gloss.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.features.Feature;
import org.gloss.render.MarkTemplates;
import org.gloss.render.PageParts;
import org.gloss.render.PartCache;
import org.gloss.render.SiteView;
import org.gloss.render.Theme;

/**
 * Renders the classroom packet ({@code packet.peb}) as one self-contained HTML document: the
 * theme's {@code assets/packet.css} is inlined, there is no script and nothing to fetch, so the
 * same HTML prints from a browser and feeds the PDF renderer. Its Content-Security-Policy allows
 * that one style element by its hash, and nothing else.
 */
final class PacketRenderer {

    private final Theme theme;

    PacketRenderer(Theme theme) {
        this.theme = theme;
    }

    /**
     * The packet, with the {@code features}' print marks, for the articles named in
     * {@code articleIds} (in that order; when empty, every article in reading order: oldest first,
     * undated last). Unknown ids are one error listing them all, naming {@code idsFrom}.
     */
    String render(SiteConfig site, List<Article> articles, Annotations ann, List<Feature> features,
                  List<String> articleIds, String idsFrom, String title, String intro, List<String> questions) {
        SiteView view = new SiteView(site, articles, ann, theme.messages(site.language()),
                new MarkTemplates(theme, site.language()));
        List<Article> selected = select(view, articleIds, idsFrom);
        // Only the features' print notes are asked for: a one-off, so nothing is kept between packets.
        List<PageParts> parts = features.stream().map(f -> f.pageParts(view, PartCache.disabled())).toList();
        Map<String, Object> ctx = new HashMap<>(new PacketModel(view, selected, parts)
                .build(title == null ? site.title() : title, intro, questions));
        ctx.put("site", view.siteMap());
        byte[] css = theme.assets().get("packet.css");
        String style = css == null ? "" : new String(css, StandardCharsets.UTF_8);
        ctx.put("css", style);
        ctx.put("css_hash", cspHash(style));
        return theme.render("packet.peb", ctx);
    }

    /** The policy source that allows exactly this style element's text ({@code 'sha256-…'} without quotes). */
    static String cspHash(String style) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Oldest first, so that a class reads the story as it unfolded; undated last, then by title. */
    static List<Article> readingOrder(List<Article> articles) {
        return articles.stream()
                .sorted(Comparator.comparing((Article a) -> a.metadata().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.metadata().title() == null ? a.id() : a.metadata().title())
                        .thenComparing(Article::id))
                .toList();
    }

    /** The articles {@code ids} name, in that order; {@code idsFrom} (the option or file) names them in an error. */
    private static List<Article> select(SiteView view, List<String> ids, String idsFrom) {
        if (ids.isEmpty()) {
            return readingOrder(view.sortedArticles());
        }
        List<String> unknown = ids.stream().filter(id -> !(view.article(id) != null)).toList();
        if (!unknown.isEmpty()) {
            throw new BuildException(Problem.error(idsFrom, "no article with id " + String.join(", ", unknown)
                    + "; known ids: " + String.join(", ", view.sortedArticles().stream().map(Article::id).toList())));
        }
        List<Article> out = new ArrayList<>();
        ids.stream().distinct().forEach(id -> out.add(view.article(id)));
        return out;
    }
}
