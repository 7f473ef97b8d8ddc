package org.gloss.ingest;

import org.gloss.Problem;

/** What reading one article file gave: the article, or the problem that made it be skipped. */
public record ReadOutcome(Article article, Problem problem) {

    public static ReadOutcome of(Article article) {
        return new ReadOutcome(article, null);
    }

    public static ReadOutcome of(Problem problem) {
        return new ReadOutcome(null, problem);
    }
}
