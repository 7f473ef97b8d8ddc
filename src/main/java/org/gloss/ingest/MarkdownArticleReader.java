package org.gloss.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Markdown article: YAML front matter for the metadata, the body as written. */
final class MarkdownArticleReader implements ArticleReader {

    private static final Pattern LEADING_H1 = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*(\\n|$)");

    @Override
    public ConvertedArticle read(String text, String fileName) throws ArticleFormatException {
        String[] parts = FrontMatter.split(text);
        ArticleMetadata meta = ArticleMetadata.EMPTY;
        String body = text;
        if (parts != null) {
            meta = FrontMatter.read(parts[0], 1);
            body = parts[1];
        }
        body = body.strip();
        Matcher h1 = LEADING_H1.matcher(body);
        if (meta.title() == null && h1.find()) {
            // Without a title in the front matter, a leading "# Headline" is the title, printed once.
            meta = meta.overriddenBy(new ArticleMetadata(h1.group(1).strip(), null, null, null, null, null, null, null, null));
            body = body.substring(h1.end()).strip();
        }
        if (body.isEmpty()) {
            throw new ArticleFormatException("no article text after the front matter");
        }
        return new ConvertedArticle(meta, body + "\n");
    }
}
