package org.gloss.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
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
     * The packet for the articles named in {@code articleIds} (in that order; all articles in index
     * order when empty). Unknown ids are one error listing them all.
     */
    String render(SiteConfig site, List<Article> articles, Annotations ann, List<String> articleIds,
                         String title, String intro, List<String> questions) {
        SiteView view = new SiteView(site, articles, ann, theme.messages(site.language()));
        List<Article> selected = select(view, articleIds);
        Map<String, Object> ctx = new HashMap<>(new PacketModel(view, selected)
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

    private static List<Article> select(SiteView view, List<String> ids) {
        if (ids.isEmpty()) {
            return view.sortedArticles();
        }
        List<String> unknown = ids.stream().filter(id -> !(view.article(id) != null)).toList();
        if (!unknown.isEmpty()) {
            throw new BuildException(Problem.error("--articles", "no article with id " + String.join(", ", unknown)
                    + "; known ids: " + String.join(", ", view.sortedArticles().stream().map(Article::id).toList())));
        }
        List<Article> out = new ArrayList<>();
        ids.stream().distinct().forEach(id -> out.add(view.article(id)));
        return out;
    }
}
