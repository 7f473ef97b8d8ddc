package org.gloss.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a saved web page: metadata from the head, the story from the main text. */
public final class HtmlArticleReader implements ArticleReader {

    @Override
    public ConvertedArticle read(String text, String fileName) throws ArticleFormatException {
        Document doc = Jsoup.parse(text);
        StringBuilder body = new StringBuilder();
        for (Element p : doc.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                body.append(MarkdownEscaper.escape(t)).append("\n\n");
            }
        }
        if (body.isEmpty()) {
            throw new ArticleFormatException("no body text in the page");
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        ArticleMetadata meta = new ArticleMetadata(title, null, null, null, null, null, null, null, null);
        return new ConvertedArticle(meta, body.toString().strip() + "\n");
    }
}
