package org.gloss.publish;

import java.util.List;
import org.gloss.core.SiteLayout;
import org.gloss.render.SiteUrls;

/** {@code sitemap.xml}: the absolute address of every page a reader can land on (not 404.html). */
final class Sitemap {

    static final String PATH = SiteLayout.SITEMAP;

    private Sitemap() {
    }

    /** The sitemap for {@code pagePaths}; only HTML pages are listed, in the order given. */
    static String write(SiteUrls urls, List<String> pagePaths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : pagePaths) {
            if (path.endsWith(".html") && !path.equals(SiteLayout.NOT_FOUND)) {
                xml.append("  <url><loc>").append(Xml.escape(urls.absolute(path))).append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }
}
