package org.gloss.features.glossary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.PageKeys;

/**
 * What the glossary's parts of the pages show: an article's own mentions, and on the glossary
 * page every mention. The glossary itself is the same for every page: a change to it drops every
 * cached page instead.
 */
final class GlossaryKeys implements PageKeys {

    private final List<GlossaryMention> mentions;
    private final Map<String, List<GlossaryMention>> byArticle;

    GlossaryKeys(GlossaryFindings found) {
        this.mentions = found.mentions();
        this.byArticle = mentions.stream().collect(Collectors.groupingBy(GlossaryMention::articleId));
    }

    @Override
    public void addArticleKey(Article article, List<Object> key) {
        key.add(byArticle.getOrDefault(article.id(), List.of()));
    }

    @Override
    public void addSitePageKey(String path, List<Object> key) {
        if (path.equals(SiteLayout.GLOSSARY)) {
            key.add(mentions);
        }
    }

    @Override
    public boolean makes(String path) {
        return path.equals(SiteLayout.GLOSSARY);
    }
}
