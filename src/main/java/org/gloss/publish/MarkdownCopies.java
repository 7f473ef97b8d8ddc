package org.gloss.publish;

import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;
import org.gloss.core.SiteSink;
import org.gloss.ingest.ArticleMarkdownWriter;

/** Each article's converted Markdown, {@code md/ID.md}: a function of the article alone. */
final class MarkdownCopies implements SiteOutput {

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        site.articles().parallelStream().forEach(a -> {
            String path = SiteLayout.markdownCopy(a.id());
            sink.accept(site.cache().get(path, () -> a, () -> OutputFile.text(path, ArticleMarkdownWriter.write(a))));
        });
    }
}
