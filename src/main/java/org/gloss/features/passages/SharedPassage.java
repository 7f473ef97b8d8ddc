package org.gloss.features.passages;

import java.util.List;
import org.gloss.analyze.Span;

/**
 * An unquoted sentence one article shares with others (wire copy reprinted, or lightly edited):
 * where it stands in this article, and where the same passage stands in the others.
 */
public record SharedPassage(String articleId, Span span, String text, List<Elsewhere> elsewhere) {

    public SharedPassage {
        elsewhere = List.copyOf(elsewhere);
    }

    /** The same passage in another article, with the share of words in common in {@code [0, 1]}. */
    public record Elsewhere(String articleId, Span span, double score) {
    }
}
