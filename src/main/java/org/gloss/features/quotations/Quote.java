package org.gloss.features.quotations;

import java.util.List;
import org.gloss.analyze.Span;

/**
 * A quotation in one article. A statement split by its attribution ({@code "...," he said. "..."})
 * is one quote with several {@code parts}. {@code cluster} is shared by every printing of the same
 * words across articles; {@code similarTo} names rewordings that are close but not identical.
 */
public record Quote(
        String id,
        String articleId,
        List<Span> parts,
        String text,
        String speaker,
        String cluster,
        List<Similarity> similarTo) {

    public Quote {
        // Interned: a statement's printings mostly read the same and a speaker is named again and
        // again, and every article's quotations are kept until the link (see QuoteKey).
        text = text.intern();
        speaker = speaker == null ? null : speaker.intern();
        parts = List.copyOf(parts);
        similarTo = List.copyOf(similarTo);
    }

    Quote withCluster(String newCluster) {
        return new Quote(id, articleId, parts, text, speaker, newCluster, similarTo);
    }

    Quote withSimilarTo(List<Similarity> similar) {
        return new Quote(id, articleId, parts, text, speaker, cluster, similar);
    }

    /** A link to a quotation cluster that rewords this one, with a score in {@code [0, 1]}. */
    record Similarity(String cluster, double score) {
    }
}
