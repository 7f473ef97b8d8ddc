package org.gloss.ingest;

import java.util.List;

/**
 * One article after ingestion: a stable id, where it came from, its metadata and its body as
 * Markdown. {@code detected} and {@code overridden} name the metadata fields found in the text and
 * those a sidecar replaced.
 */
public record Article(
        String id,
        String source,
        ArticleMetadata metadata,
        String body,
        List<String> detected,
        List<String> overridden) {

    public Article {
        detected = List.copyOf(detected);
        overridden = List.copyOf(overridden);
    }
}
