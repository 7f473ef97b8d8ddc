package org.gloss.features.passages;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.ingest.Article;
import org.gloss.render.PageKeys;

/** What an article page's passage notes show: its passages, and the outlet (metadata) of each article they name. */
final class PassageKeys implements PageKeys {

    private final Map<String, Article> articles;
    private final Map<String, List<SharedPassage>> byArticle;

    PassageKeys(List<Article> articles, List<SharedPassage> passages) {
        this.articles = articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        this.byArticle = passages.stream().collect(Collectors.groupingBy(SharedPassage::articleId));
    }

    @Override
    public void addArticleKey(Article article, List<Object> key) {
        for (SharedPassage p : byArticle.getOrDefault(article.id(), List.of())) {
            key.add(p);
            for (SharedPassage.Elsewhere o : p.elsewhere()) {
                Article other = articles.get(o.articleId());
                key.add(other == null ? null : other.metadata());
            }
        }
    }
}
