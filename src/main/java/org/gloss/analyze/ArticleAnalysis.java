package org.gloss.analyze;

import java.util.List;
import org.gloss.core.Problem;

/**
 * What analysis finds in one article on its own: its text blocks, each feature's findings, and
 * the advice the features give about it (acronyms with no glossary entry).
 */
public record ArticleAnalysis(ArticleText text, Findings findings, List<Problem> advice) {

    public ArticleAnalysis {
        advice = List.copyOf(advice);
    }
}
