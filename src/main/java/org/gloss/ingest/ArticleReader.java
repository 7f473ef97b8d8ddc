package org.gloss.ingest;

/** Converts the decoded text of one source file (plain text, HTML or Markdown) to an article. */
interface ArticleReader {

    /**
     * @param text the file's text, decoded, with {@code \n} line endings
     * @param fileName the file's name, for messages
     * @throws ArticleFormatException when the file holds no usable article
     */
    ConvertedArticle read(String text, String fileName) throws ArticleFormatException;
}
