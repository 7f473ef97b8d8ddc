package org.gloss.features.passages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.ingest.Article;
import org.gloss.render.MarkTemplates;
import org.gloss.render.PageKeys;

/**
 * What an article page's passage marks and notes show: where each of its passages stands and its
 * words, how many other articles print it, and the ones its note names with their outlet
 * (metadata) — not the others, so an article page's key stays small however many articles print
 * the passage (the note names {@link MarkTemplates#OTHERS_LISTED}).
 */
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
            List<SharedPassage.Elsewhere> named = MarkTemplates.listed(p.elsewhere());
            // What is the passage's own, then the metadata of each article named, which many pages
            // share (digested once, PageDependencies). Not its text: that is the article's own at
            // the span, and the article is in its page's key already.
            key.add(Arrays.asList(p.articleId(), p.span(), p.elsewhere().size(), named));
            for (SharedPassage.Elsewhere o : named) {
                Article other = articles.get(o.articleId());
                key.add(other == null ? null : other.metadata());
            }
        }
    }
}
