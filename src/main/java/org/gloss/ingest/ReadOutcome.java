package org.gloss.ingest;

import java.util.List;
import org.gloss.core.Problem;

/**
 * What reading one article file gave: the article (null when it was skipped, with the id it asks
 * for, not yet unique) and what was noted or wrong on the way.
 */
public record ReadOutcome(Article article, List<Problem> problems) {
    public ReadOutcome {
        problems = List.copyOf(problems);
    }
}
