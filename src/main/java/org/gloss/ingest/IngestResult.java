package org.gloss.ingest;

import java.util.List;
import org.gloss.core.Problem;

/** The articles read from a content folder, and what was wrong with the files that were skipped. */
public record IngestResult(List<Article> articles, List<Problem> problems) {
    public IngestResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
