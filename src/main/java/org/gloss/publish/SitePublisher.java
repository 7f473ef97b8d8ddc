package org.gloss.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Annotations;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMarkdownWriter;
import org.gloss.render.Page;

/**
 * The publish stage: gathers rendered pages, the converted Markdown, {@code annotations.json} and
 * the theme's assets into one site and writes it atomically.
 */
public final class SitePublisher {

    private SitePublisher() {
    }

    /** Every file of the site, in a stable order. */
    public static List<OutputFile> files(List<Article> articles, Annotations ann, List<Page> pages,
                                         Map<String, byte[]> assets) {
        List<OutputFile> files = new ArrayList<>();
        for (Page p : pages) {
            files.add(OutputFile.text(p.path(), p.content()));
        }
        for (Article a : articles) {
            files.add(OutputFile.text("md/" + a.id() + ".md", ArticleMarkdownWriter.write(a)));
        }
        files.add(OutputFile.text("data/annotations.json", AnnotationsJson.write(articles, ann)));
        assets.forEach((name, bytes) -> files.add(new OutputFile("assets/" + name, bytes)));
        files.add(new OutputFile(".nojekyll", new byte[0]));
        return files;
    }

    public static void publish(Path out, List<OutputFile> files) {
        SiteWriter.write(out, files);
    }
}
