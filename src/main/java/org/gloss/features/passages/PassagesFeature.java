package org.gloss.features.passages;

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
 * Shared passages: unquoted sentences several articles print (wire copy), each marked in its
 * article with a margin note "Also in …" linking to the others, and listed under
 * {@code "passages"} in {@code annotations.json}. Runs after the quotations, whose words it masks.
 */
public final class PassagesFeature implements Feature {

    /** One article's sentences worth comparing. */
    public static final ResultKey<ArticleSentences> ARTICLE = ResultKey.named("passages (article)");
    /** Every shared passage. */
    public static final ResultKey<SharedPassages> LINKED = ResultKey.named("passages");

    @Override
    public String name() {
        return "passages";
    }

    @Override
    public AnalysisStep<?, ?> analysis(Path contentDir, List<Problem> warnings) {
        return new PassagesStep();
    }

    @Override
    public PageParts pageParts(SiteView view, PartCache parts) {
        return new PassageParts(view);
    }

    @Override
    public PageKeys pageKeys(List<Article> articles, Annotations ann) {
        return new PassageKeys(articles, ann.get(LINKED).passages());
    }

    @Override
    public JsonSection jsonSection(List<Article> articles, Annotations ann) {
        return new PassagesJson(ann.get(LINKED).passages());
    }
}
