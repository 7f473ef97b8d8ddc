package org.gloss.ingest;

import java.util.Map;

/** Reads a Markdown article: YAML front matter for the metadata, the body as written. */
public final class MarkdownArticleReader implements ArticleReader {

    @Override
    public ConvertedArticle read(String text, String fileName) throws ArticleFormatException {
        String[] parts = FrontMatter.split(text);
        if (parts == null) {
            return new ConvertedArticle(ArticleMetadata.EMPTY, text.strip() + "\n");
        }
        Map<String, Object> yaml = YamlDocuments.loadMapping(parts[0], 1);
        ArticleMetadata meta = FrontMatter.toMetadata(yaml, 2);
        return new ConvertedArticle(meta, parts[1].strip() + "\n");
    }
}
