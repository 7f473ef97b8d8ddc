package org.gloss.ingest;

import java.util.ArrayList;
import java.util.List;

/** Reads text copied from a web page: headline, metadata lines, story paragraphs. */
public final class PlainTextArticleReader implements ArticleReader {

    @Override
    public ConvertedArticle read(String text, String fileName) throws ArticleFormatException {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        if (lines.isEmpty()) {
            throw new ArticleFormatException("no article text");
        }
        String title = lines.get(0);
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            body.append(MarkdownEscaper.escape(line)).append("\n\n");
        }
        ArticleMetadata meta = new ArticleMetadata(title, null, null, null, null, null, null, null, null);
        return new ConvertedArticle(meta, body.toString().strip() + "\n");
    }
}
