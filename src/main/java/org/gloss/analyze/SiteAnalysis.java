package org.gloss.analyze;

import java.time.Duration;
import java.util.List;
import org.gloss.core.Problem;
import org.gloss.ingest.IngestResult;
import org.gloss.ingest.SiteConfig;

/**
 * What the first phases of every command make of a content folder: the site's settings, the
 * articles read, their linked annotations, and what was wrong on the way. Every output (the site,
 * the packet, the archive, the content check) starts from one of these, so that no command reads
 * or analyses articles in a way of its own.
 *
 * @param problems the articles skipped, the glossary's warnings and the acronym warnings, in that order
 * @param lint the acronym warnings alone (advice for the glossary's author)
 * @param inputs a digest (hex) of everything the annotations were made from — each article, the
 *               settings files, the analysis steps, the Gloss version — equal between two builds
 *               only when they are; null when not known (a build without the build cache)
 */
public record SiteAnalysis(SiteConfig config, IngestResult ingested, Annotations annotations,
                           List<Problem> problems, List<Problem> lint, Duration ingestTime, Duration analyzeTime,
                           String inputs) {
    public SiteAnalysis {
        problems = List.copyOf(problems);
        lint = List.copyOf(lint);
    }
}
