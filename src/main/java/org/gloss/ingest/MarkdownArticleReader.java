package org.gloss.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.core.Problem;

/** Reads a Markdown article: YAML front matter for the metadata, the body as written. */
final class MarkdownArticleReader implements ArticleReader {

    private static final Pattern LEADING_H1 = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*(\\n|$)");

    @Override
    public ConvertedArticle read(String text, String fileName) throws ArticleFormatException {
        String[] parts = FrontMatter.split(text);
        ArticleMetadata meta = ArticleMetadata.EMPTY;
        List<Problem> warnings = List.of();
        String body = text;
        if (parts != null) {
            FrontMatter.Checked front = FrontMatter.readChecked(parts[0], 1, true, fileName, "front matter");
            meta = front.metadata();
            warnings = front.warnings();
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
        return new ConvertedArticle(meta, body + "\n", warnings);
    }
}
