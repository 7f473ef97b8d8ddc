package org.gloss.features.quotations;

import java.nio.file.Path;
import java.util.List;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ResultKey;
import org.gloss.core.Problem;
import org.gloss.features.Feature;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.JsonSection;
import org.gloss.render.PageKeys;
import org.gloss.render.PageParts;
import org.gloss.render.PartCache;
import org.gloss.render.SiteView;

/**
 * Quotations: each article's quotations with their speakers, linked across articles into
 * clusters (with rewordings as similar clusters); marked in article pages with a marker leading
 * to the other printings, collated on {@code quotes.html}, summed up on the index's coverage
 * matrix, searchable, and listed under {@code "quotes"} in {@code annotations.json}.
 */
public final class QuotationsFeature implements Feature {

    /** One article's quotations and their keys. */
    public static final ResultKey<ArticleQuotes> ARTICLE = ResultKey.named("quotations (article)");
    /** Every quotation, clustered. */
    public static final ResultKey<Quotations> LINKED = ResultKey.named("quotations");

    @Override
    public String name() {
        return "quotations";
    }

    @Override
    public AnalysisStep<?, ?> analysis(Path contentDir, List<Problem> warnings) {
        return new QuotationsStep();
    }

    @Override
    public PageParts pageParts(SiteView view, PartCache parts) {
        return new QuotationParts(new QuotationsView(view), parts);
    }

    @Override
    public PageKeys pageKeys(List<Article> articles, Annotations ann) {
        return pageKeys(SiteConfig.DEFAULT, articles, ann);
    }

    @Override
    public PageKeys pageKeys(SiteConfig site, List<Article> articles, Annotations ann) {
        return new QuotationKeys(articles, ann, site.pageSize());
    }

    @Override
    public JsonSection jsonSection(List<Article> articles, Annotations ann) {
        return new QuotationsJson(ann.get(LINKED).quotes());
    }
}
