package org.gloss.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMarkdownWriter;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.Page;
import org.gloss.render.SiteUrls;

/**
 * The publish stage: gathers rendered pages, the converted Markdown, {@code annotations.json} and
 * the theme's assets into one site (with lunr.js for search, and {@code sitemap.xml} and
 * {@code feed.xml} when a base URL is set) and writes it atomically.
 */
public final class SitePublisher {

    private SitePublisher() {
    }

    /** Every file of the site, in a stable order. */
    public static List<OutputFile> files(SiteConfig config, List<Article> articles, Annotations ann,
                                         List<Page> pages, Map<String, byte[]> assets) {
        List<OutputFile> files = new ArrayList<>();
        for (Page p : pages) {
            files.add(OutputFile.text(p.path(), p.content()));
        }
        for (Article a : articles) {
            files.add(OutputFile.text("md/" + a.id() + ".md", ArticleMarkdownWriter.write(a)));
        }
        files.add(OutputFile.text("data/annotations.json", AnnotationsJson.write(articles, ann)));
        assets.forEach((name, bytes) -> files.add(new OutputFile("assets/" + name, bytes)));
        if (!assets.containsKey("lunr.js")) {
            files.add(new OutputFile("assets/lunr.js", WebJarAsset.LUNR.bytes()));
        }
        files.add(new OutputFile(".nojekyll", new byte[0]));
        SiteUrls urls = new SiteUrls(config.baseUrl());
        if (urls.known()) {
            // Both need absolute addresses; without a base_url there is nothing true to write.
            files.add(OutputFile.text(Sitemap.PATH, Sitemap.write(urls, pages.stream().map(Page::path).toList())));
            files.add(OutputFile.text(AtomFeed.PATH, AtomFeed.write(config, urls, articles)));
        }
        return files;
    }

    public static void publish(Path out, List<OutputFile> files) {
        SiteWriter.write(out, files);
    }
}
