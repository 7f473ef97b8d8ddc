package org.gloss.features.glossary;

import java.nio.file.Path;
import java.util.List;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ResultKey;
import org.gloss.core.Problem;
import org.gloss.features.Feature;
import org.gloss.ingest.Article;
import org.gloss.render.JsonSection;
import org.gloss.render.PageKeys;
import org.gloss.render.PageParts;
import org.gloss.render.PartCache;
import org.gloss.render.SiteView;

/**
 * The glossary: the entries of {@code glossary.yml}, their mentions in every article (with advice
 * on acronyms it does not explain), marked in article pages with a popover, gathered on
 * {@code glossary.html} with backlinks, searchable, and listed under {@code "glossary"} in
 * {@code annotations.json}.
 */
public final class GlossaryFeature implements Feature {

    /** One article's mentions. */
    public static final ResultKey<ArticleMentions> ARTICLE = ResultKey.named("glossary (article)");
    /** The glossary and every mention. */
    public static final ResultKey<GlossaryFindings> LINKED = ResultKey.named("glossary");

    @Override
    public String name() {
        return "glossary";
    }

    /** Reads {@code glossary.yml}; its warnings go to {@code warnings}, and a malformed file stops the build. */
    @Override
    public AnalysisStep<?, ?> analysis(Path contentDir, List<Problem> warnings) {
        Glossary glossary = GlossaryReader.read(contentDir);
        warnings.addAll(glossary.warnings());
        return analysis(glossary);
    }

    /** The analysis with {@code glossary} as the site's glossary, for tools that read it themselves. */
    public static AnalysisStep<?, ?> analysis(Glossary glossary) {
        return new GlossaryStep(glossary);
    }

    @Override
    public PageParts pageParts(SiteView view, PartCache parts) {
        return new GlossaryParts(view);
    }

    @Override
    public PageKeys pageKeys(List<Article> articles, Annotations ann) {
        return new GlossaryKeys(ann.get(LINKED), ann.texts());
    }

    @Override
    public JsonSection jsonSection(List<Article> articles, Annotations ann) {
        return new GlossaryJson(ann.get(LINKED));
    }
}
