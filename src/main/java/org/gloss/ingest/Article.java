package org.gloss.ingest;

import java.util.List;
import org.gloss.core.CompactText;

/**
 * One article after ingestion: a stable id, where it came from, its metadata and its body as
 * Markdown. {@code detected} and {@code overridden} name the metadata fields found in the text and
 * those a sidecar replaced.
 *
 * <p>The body is held as {@link CompactText}: every article's body is kept until its page is made,
 * and the analysis of the article cuts its text blocks from this same copy.
 */
public record Article(
        String id,
        String source,
        ArticleMetadata metadata,
        CompactText markdown,
        List<String> detected,
        List<String> overridden) {

    public Article {
        detected = List.copyOf(detected);
        overridden = List.copyOf(overridden);
    }

    public Article(String id, String source, ArticleMetadata metadata, String body, List<String> detected,
            List<String> overridden) {
        this(id, source, metadata, CompactText.of(body), detected, overridden);
    }

    /** The body as Markdown (a new string each time where it is held as UTF-8). */
    public String body() {
        return markdown.toString();
    }
}
