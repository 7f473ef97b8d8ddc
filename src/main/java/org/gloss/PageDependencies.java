package org.gloss;

import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.Annotations;
import org.gloss.core.SiteLayout;
import org.gloss.features.Feature;
import org.gloss.ingest.Article;
import org.gloss.render.PageKeys;

/**
 * What a page is made from, as one value that is equal between two builds exactly when the page
 * would come out the same: for an article's page the article itself and what each feature's parts
 * of it show ({@link PageKeys}); for a page about the whole site, the articles' metadata and what
 * each feature shows on it. The glossary, site settings and theme are the same for every page, so
 * a change there drops all cached pages instead. If pages start to show anything else, it must be
 * added here or in a feature's keys — the incremental-build test will fail until it is.
 */
final class PageDependencies {

    /** Where the search index's fragments are ({@code assets/search/}). */
    private static final String SEARCH_FRAGMENTS = SiteLayout.ASSETS + "search/";

    private final Annotations ann;
    private final List<PageKeys> features;
    /** Every article's id and metadata, in order: what lists of articles show of them. */
    private final List<Object> cards;

    PageDependencies(List<Article> articles, Annotations ann, List<Feature> features) {
        this.ann = ann;
        this.features = features.stream().map(f -> f.pageKeys(articles, ann)).toList();
        this.cards = cards(articles);
    }

    /** The value to compare between builds for {@code article}'s page. */
    List<Object> of(Article article) {
        List<Object> key = new ArrayList<>();
        key.add(article);
        features.forEach(f -> f.addArticleKey(article, key));
        return key;
    }

    /**
     * The value to compare between builds for a page about the whole site, or null for a page
     * nothing here knows (it is then always rendered). The index and outlet pages list every
     * article; the search index holds every paragraph; a feature's page shows the articles it cites.
     */
    Object ofSitePage(String path) {
        if (path.startsWith(SEARCH_FRAGMENTS)) {
            // The index's fragments are made together from what the manifest is made from.
            return List.of(path, ofSitePage(SiteLayout.SEARCH_INDEX));
        }
        List<Object> key = new ArrayList<>();
        switch (path) {
            case SiteLayout.SEARCH, SiteLayout.NOT_FOUND -> {
                return List.of();
            }
            case SiteLayout.SEARCH_INDEX -> {
                key.add(cards);
                key.add(ann.texts());
            }
            default -> {
                if (!path.equals(SiteLayout.INDEX) && !path.startsWith(SiteLayout.OUTLETS)
                        && features.stream().noneMatch(f -> f.makes(path))) {
                    return null;
                }
                key.add(cards);
            }
        }
        features.forEach(f -> f.addSitePageKey(path, key));
        return key;
    }

    private static List<Object> cards(List<Article> articles) {
        List<Object> cards = new ArrayList<>(articles.size() * 2);
        for (Article a : articles) {
            cards.add(a.id());
            cards.add(a.metadata());
        }
        return cards;
    }
}
