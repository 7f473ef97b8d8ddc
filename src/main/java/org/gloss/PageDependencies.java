package org.gloss;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleText;
import org.gloss.core.SiteLayout;
import org.gloss.features.Feature;
import org.gloss.ingest.Article;
import org.gloss.ingest.SiteConfig;
import org.gloss.render.PageKeys;

/**
 * What a page is made from, as one value that is equal between two builds exactly when the page
 * would come out the same: for an article's page the article itself and what each feature's parts
 * of it show ({@link PageKeys}); for a page about the whole site, what it shows of each article
 * (its card: id and metadata; its text, for the search index; each feature's
 * {@link PageKeys#addSiteArticleKey}) and what features show that is no one article's. The
 * glossary, site settings and theme are the same for every page, so a change there drops all
 * cached pages instead. If pages start to show anything else, it must be added here or in a
 * feature's keys — the incremental-build test will fail until it is.
 *
 * <p>Across processes a key is compared by its digest. A page about the whole site spans every
 * article, and those pages are many (every page of the index, of each outlet, of the quotations),
 * so digesting each page's key whole cost minutes at 1,000 articles: {@link #digestOfSitePage}
 * digests each article's share once per build instead, and a page's key is the digest of those
 * digests in article order (with the digests of the shared values, each made once); an article
 * page's key is one digest of its list, in which each large record is given by its own digest,
 * made once per build ({@link #digestOf}, {@link BuildCache#digestOnce}).
 */
final class PageDependencies {

    /** Where the search index's fragments are ({@code assets/search/}). */
    private static final String SEARCH_FRAGMENTS = SiteLayout.ASSETS + "search/";
    /** The share of an article every list shows: its id and metadata. */
    private static final int CARDS = -2;
    /** The share the search index shows: its text. */
    private static final int TEXTS = -1;

    private final List<Article> articles;
    private final Map<String, ArticleText> texts = new HashMap<>();
    private final List<PageKeys> features;
    /** Per share (CARDS, TEXTS, or a feature's index): every article's, in article order. */
    private final Map<Integer, List<Object>> shares = new HashMap<>();
    /** Per share: the digest of every article's digest, in article order. */
    private final Map<Integer, byte[]> shareDigests = new HashMap<>();

    PageDependencies(SiteConfig site, List<Article> articles, Annotations ann, List<Feature> features) {
        this.articles = articles;
        ann.texts().forEach(t -> texts.putIfAbsent(t.articleId(), t));
        this.features = features.stream().map(f -> f.pageKeys(site, articles, ann)).toList();
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
        List<Integer> shown = shown(path);
        if (shown == null) {
            return null;
        }
        List<Object> key = new ArrayList<>();
        for (int share : shown) {
            key.add(share(share));
        }
        features.forEach(f -> f.addSitePageKey(path, key));
        return key;
    }

    /**
     * {@link #ofSitePage}'s key made of digests ({@code digest} of a value, which should digest
     * each object once: {@link BuildCache#digestOnce}): each article's share digested once per
     * build, the page's key the digest of those in article order, and the digest of each shared
     * value. Equal between two builds exactly when {@code ofSitePage}'s is (up to SHA-256), at the
     * cost of one digest of the site's findings per build instead of one per page.
     */
    Object digestOfSitePage(String path, Function<Object, byte[]> digest) {
        if (path.startsWith(SEARCH_FRAGMENTS)) {
            return List.of(path, digestOfSitePage(SiteLayout.SEARCH_INDEX, digest));
        }
        List<Integer> shown = shown(path);
        if (shown == null) {
            return null;
        }
        List<Object> key = new ArrayList<>();
        for (int share : shown) {
            key.add(shareDigest(share, digest));
        }
        List<Object> shared = new ArrayList<>();
        features.forEach(f -> f.addSitePageKey(path, shared));
        for (Object value : shared) {
            key.add(digest.apply(value));
        }
        return key;
    }

    /** The shares of each article the page at {@code path} shows, or null for a page nothing here knows. */
    private List<Integer> shown(String path) {
        List<Integer> shown = new ArrayList<>();
        switch (path) {
            case SiteLayout.SEARCH, SiteLayout.NOT_FOUND -> {
                return shown;
            }
            case SiteLayout.SEARCH_INDEX -> {
                shown.add(CARDS);
                shown.add(TEXTS);
            }
            default -> {
                if (!path.equals(SiteLayout.INDEX) && !path.startsWith("page/") && !path.startsWith(SiteLayout.OUTLETS)
                        && features.stream().noneMatch(f -> f.makes(path))) {
                    return null;
                }
                shown.add(CARDS);
            }
        }
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).showsArticles(path)) {
                shown.add(i);
            }
        }
        return shown;
    }

    /** Every article's {@code share}, in article order; made once. */
    private synchronized List<Object> share(int share) {
        return shares.computeIfAbsent(share, s -> articles.stream().map(a -> shareOf(s, a)).toList());
    }

    private Object shareOf(int share, Article a) {
        return switch (share) {
            case CARDS -> List.of(a.id(), a.metadata());
            case TEXTS -> {
                ArticleText text = texts.get(a.id());
                yield text == null ? List.of(a.id()) : text;
            }
            default -> {
                List<Object> key = new ArrayList<>();
                key.add(a.id());
                features.get(share).addSiteArticleKey(a, key);
                yield key;
            }
        };
    }

    /** The digest of every article's {@code share}'s digest, in article order; made once, on every core. */
    private synchronized byte[] shareDigest(int share, Function<Object, byte[]> digest) {
        byte[] made = shareDigests.get(share);
        if (made == null) {
            List<byte[]> each = articles.parallelStream().map(a -> digest.apply(shareOf(share, a))).toList();
            ByteArrayOutputStream all = new ByteArrayOutputStream(each.size() * 32);
            each.forEach(all::writeBytes);
            made = digest.apply(all.toByteArray());
            shareDigests.put(share, made);
        }
        return made;
    }

    /**
     * {@link #of}'s key as a digest ({@code digest}, which should digest each object once and
     * give the records a list holds as their digests: {@link BuildCache#digestOnce}). Equal
     * between two builds exactly when {@code of}'s is (up to SHA-256). An article's page shows
     * every printing of each quotation it prints, with its article's metadata, so the same
     * values recur across the pages of a cluster: digesting every page's key whole was a quarter
     * of a rebuild with nothing changed, and one digest per value (a cluster's id, a count) made
     * many digests of a few bytes each; the key's records are digested once per build, the rest
     * encoded in one pass.
     */
    Object digestOf(Article article, Function<Object, byte[]> digest) {
        return digest.apply(of(article));
    }
}
