package org.gloss.publish;

import java.util.ArrayList;
import java.util.List;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;
import org.gloss.render.SiteUrls;

/**
 * {@code sitemap.xml}: the absolute address of every page a reader can land on (not 404.html).
 * The sitemap protocol allows 50,000 addresses in a file: a larger site's {@code sitemap.xml} is a
 * sitemap index naming {@code sitemap-1.xml}, {@code sitemap-2.xml}… that hold them.
 */
final class Sitemap {

    static final String PATH = SiteLayout.SITEMAP;
    /** Addresses in one sitemap file, the protocol's limit. */
    static final int MAX_URLS = 50_000;

    private Sitemap() {
    }

    /** The sitemap for {@code pagePaths}; only HTML pages are listed, in the order given. */
    static String write(SiteUrls urls, List<String> pagePaths) {
        return new String(files(urls, pagePaths).get(0).content(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code sitemap.xml}, and the files it names when the site has more pages than one may list. */
    static List<OutputFile> files(SiteUrls urls, List<String> pagePaths) {
        List<String> pages = pagePaths.stream()
                .filter(p -> p.endsWith(".html") && !p.equals(SiteLayout.NOT_FOUND)).toList();
        if (pages.size() <= MAX_URLS) {
            return List.of(OutputFile.text(PATH, urlset(urls, pages)));
        }
        List<OutputFile> out = new ArrayList<>();
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int from = 0, n = 1; from < pages.size(); from += MAX_URLS, n++) {
            String path = "sitemap-" + n + ".xml";
            out.add(OutputFile.text(path, urlset(urls, pages.subList(from, Math.min(pages.size(), from + MAX_URLS)))));
            index.append("  <sitemap><loc>").append(Xml.escape(urls.absolute(path))).append("</loc></sitemap>\n");
        }
        out.add(0, OutputFile.text(PATH, index.append("</sitemapindex>\n").toString()));
        return out;
    }

    private static String urlset(SiteUrls urls, List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : pages) {
            xml.append("  <url><loc>").append(Xml.escape(urls.absolute(path))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
