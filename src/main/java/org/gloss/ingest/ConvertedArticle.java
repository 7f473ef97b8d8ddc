package org.gloss.ingest;

import java.util.List;
import org.gloss.core.Problem;

/**
 * What an {@link ArticleReader} makes of one file: the metadata it found, a Markdown body, and
 * warnings about the file that lose nothing (a front-matter key it does not know).
 */
record ConvertedArticle(ArticleMetadata metadata, String body, List<Problem> warnings) {

    ConvertedArticle {
        warnings = List.copyOf(warnings);
    }

    /** A file read without a warning. */
    ConvertedArticle(ArticleMetadata metadata, String body) {
        this(metadata, body, List.of());
    }
}
