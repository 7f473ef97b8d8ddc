package org.gloss.features;

import java.nio.file.Path;
import java.util.List;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Annotations;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.JsonSection;
import org.gloss.render.PageKeys;
import org.gloss.render.PageParts;
import org.gloss.render.PartCache;
import org.gloss.render.SiteView;

/**
 * One kind of annotation as one module, the way a flexmark extension or an MkDocs plugin is: its
 * analysis, its parts of the pages, its section of {@code annotations.json}, and what its parts
 * of the pages depend on. Each feature is one package under {@code org.gloss.features}, listed
 * once in {@link org.gloss.Features}; the phases know only this interface.
 */
public interface Feature {

    /** The feature's name, for messages. */
    String name();

    /**
     * The feature's analysis for the site in {@code contentDir}, with any settings it reads from
     * there (the glossary reads {@code glossary.yml}); warnings about them go to {@code warnings}.
     * A settings file broken beyond use throws {@link org.gloss.core.BuildException}.
     */
    AnalysisStep<?, ?> analysis(Path contentDir, List<Problem> warnings);

    /** The feature's parts of the pages rendered from {@code view}. */
    PageParts pageParts(SiteView view, PartCache parts);

    /** What those parts show, for {@code articles} and their annotations. */
    PageKeys pageKeys(List<Article> articles, Annotations ann);

    /**
     * What those parts show in a site with the settings {@code site} (a feature whose pages are
     * cut by {@code page_size} needs them); the settings-free {@link #pageKeys(List, Annotations)}
     * unless the feature says otherwise.
     */
    default PageKeys pageKeys(SiteConfig site, List<Article> articles, Annotations ann) {
        return pageKeys(articles, ann);
    }

    /** The feature's section of {@code annotations.json}. */
    JsonSection jsonSection(List<Article> articles, Annotations ann);
}
