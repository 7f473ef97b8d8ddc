package org.gloss.ingest;

/** What an {@link ArticleReader} makes of one file: the metadata it found and a Markdown body. */
record ConvertedArticle(ArticleMetadata metadata, String body) {
}
