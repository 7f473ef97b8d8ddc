package org.gloss.features.glossary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.analyze.ArticleText;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.PageKeys;

/**
 * What the glossary's parts of the pages show: an article's own mentions, and on the glossary
 * page every article's mentions with the paragraph each is in (its backlinks cite them). The
 * glossary itself is the same for every page: a change to it drops every cached page instead.
 */
final class GlossaryKeys implements PageKeys {

    private final Map<String, List<GlossaryMention>> byArticle;
    private final Map<String, ArticleText> texts;

    GlossaryKeys(GlossaryFindings found, List<ArticleText> texts) {
        this.byArticle = found.mentions().stream().collect(Collectors.groupingBy(GlossaryMention::articleId));
        this.texts = texts.stream().collect(Collectors.toMap(ArticleText::articleId, Function.identity(), (a, b) -> a));
    }

    @Override
    public void addArticleKey(Article article, List<Object> key) {
        key.add(byArticle.getOrDefault(article.id(), List.of()));
    }

    @Override
    public void addSiteArticleKey(Article article, List<Object> key) {
        List<GlossaryMention> own = byArticle.getOrDefault(article.id(), List.of());
        key.add(own);
        key.add(PageKeys.paragraphs(texts.get(article.id()), own, m -> m.span().block()));
    }

    @Override
    public boolean showsArticles(String path) {
        return path.equals(SiteLayout.GLOSSARY);
    }

    @Override
    public boolean makes(String path) {
        return path.equals(SiteLayout.GLOSSARY);
    }
}
