package org.gloss.features.glossary;

import java.util.List;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Findings;
import org.gloss.analyze.ResultKey;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;

/**
 * Finds the mentions of the site's glossary terms in each article (never inside code or printed
 * addresses), and advises on acronyms the glossary does not explain. Equal to another step with
 * the same glossary: a changed {@code glossary.yml} makes every article be analysed again.
 */
final class GlossaryStep implements AnalysisStep<ArticleMentions, GlossaryFindings> {

    private final Glossary glossary;
    private final GlossaryMatcher matcher;
    private final CodeText codeText = new CodeText();
    private final AcronymLinter linter = new AcronymLinter();

    GlossaryStep(Glossary glossary) {
        this.glossary = glossary;
        this.matcher = new GlossaryMatcher(glossary);
    }

    @Override
    public ResultKey<ArticleMentions> articleKey() {
        return GlossaryFeature.ARTICLE;
    }

    @Override
    public ResultKey<GlossaryFindings> linkedKey() {
        return GlossaryFeature.LINKED;
    }

    @Override
    public ArticleMentions analyzeArticle(Article article, ArticleText text, Findings earlier) {
        return new ArticleMentions(matcher.find(text, codeText.in(article.body())));
    }

    /** The acronym lint reads only the article, its text and the glossary: done once per analysis. */
    @Override
    public List<Problem> advice(Article article, ArticleText text, ArticleMentions found) {
        return linter.lint(List.of(article), List.of(text), glossary);
    }

    @Override
    public GlossaryFindings link(List<ArticleText> texts, List<ArticleMentions> perArticle) {
        return new GlossaryFindings(glossary, perArticle.stream().flatMap(a -> a.mentions().stream()).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlossaryStep s && s.glossary.equals(glossary);
    }

    @Override
    public int hashCode() {
        return glossary.hashCode();
    }
}
