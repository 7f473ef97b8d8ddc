package org.gloss.features.quotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gloss.core.SiteLayout;
import org.gloss.render.Pager;

/**
 * The quotations pages: the clusters {@code quotes.html} lists (printed in more than one place, or
 * reworded elsewhere), most widely travelled first, cut into pages as the index is
 * ({@code quotes.html}, {@code quotes/page/2/index.html}…), and which page holds each cluster, so
 * that every link to a cluster (markers, popovers, the coverage matrix) points at the page it is
 * on. Made from the linked quotations alone, so that the page keys and the pages agree on it.
 *
 * <p>A page holds {@code page_size} clusters, fewer when they are widely printed: a page's size
 * grows with the printings it collates, not with its clusters, so a page stops at
 * {@link #PRINTINGS_PER_CLUSTER_ON_PAGE} times {@code page_size} printings (and rewordings
 * listed), and a cluster shows at most
 * {@link #MAX_SHOWN} of its printings (a statement printed in 5,000 articles would otherwise make
 * one page of megabytes). A printing takes about 600–750 bytes of the page (its collation, its
 * source line, its part of the cluster's heading), so a page of at most 400 printings (at the
 * default {@code page_size} of 100) stays near 250 KB however many articles print them: at the
 * bench's 10,000 articles (three printings a cluster) a page holds 100 clusters, about 220 KB.
 */
final class QuotesPages {

    /** The most printings of one cluster a page collates; the rest are found through search. */
    static final int MAX_SHOWN = 50;
    /** A page stops at this many times {@code page_size} printings (at least one cluster a page). */
    static final int PRINTINGS_PER_CLUSTER_ON_PAGE = 4;

    private final List<QuoteCluster> listed;
    private final Pager pager;
    /** Where each page starts in {@code listed}, and (last) its end. */
    private final List<Integer> starts = new ArrayList<>();
    private final Map<String, Integer> pageOf;

    /** The pages of the listed ones of {@code clusters} ({@code quote} finds a quotation by id), {@code size} to a page. */
    QuotesPages(List<QuoteCluster> clusters, Function<String, Quote> quote, int size) {
        this.listed = listed(clusters, quote);
        int perPage = Math.max(1, size);
        long printingsPerPage = (long) perPage * PRINTINGS_PER_CLUSTER_ON_PAGE;
        this.pageOf = new HashMap<>(listed.size() * 2);
        starts.add(0);
        int onPage = 0;
        long printings = 0;
        for (int i = 0; i < listed.size(); i++) {
            // A page's size is in its printings and in the rewordings each cluster lists.
            QuoteCluster c = listed.get(i);
            int shown = Math.min(MAX_SHOWN, c.quoteIds().size()) + quote.apply(c.canonicalQuoteId()).similarTo().size();
            if (onPage > 0 && (onPage == perPage || printings + shown > printingsPerPage)) {
                starts.add(i);
                onPage = 0;
                printings = 0;
            }
            onPage++;
            printings += shown;
            pageOf.put(listed.get(i).id(), starts.size());
        }
        starts.add(listed.size());
        this.pager = new Pager(SiteLayout.QUOTES, Math.max(1, starts.size() - 1));
    }

    /** Shared or reworded clusters, by how many articles printed them, then how often, then id. */
    static List<QuoteCluster> listed(List<QuoteCluster> clusters, Function<String, Quote> quote) {
        // Counted once per cluster, not at every comparison of the sort.
        Map<String, Long> articleCounts = new HashMap<>();
        List<QuoteCluster> listed = clusters.stream()
                .filter(c -> c.shared() || !quote.apply(c.canonicalQuoteId()).similarTo().isEmpty())
                .toList();
        listed.forEach(c -> articleCounts.put(c.id(), articleCount(c, quote)));
        return listed.stream()
                .sorted(Comparator.comparingLong((QuoteCluster c) -> -articleCounts.get(c.id()))
                        .thenComparingInt(c -> -c.quoteIds().size())
                        .thenComparing(QuoteCluster::id))
                .toList();
    }

    /** How many articles print cluster {@code c}. */
    static long articleCount(QuoteCluster c, Function<String, Quote> quote) {
        return c.quoteIds().stream().map(id -> quote.apply(id).articleId()).distinct().count();
    }

    Pager pager() {
        return pager;
    }

    /** Every listed cluster, in page order. */
    List<QuoteCluster> listed() {
        return listed;
    }

    /** The clusters on page {@code n} (from 1). */
    List<QuoteCluster> on(int n) {
        return n < starts.size() ? listed.subList(starts.get(n - 1), starts.get(n)) : List.of();
    }

    /** The number of the page that lists cluster {@code id}, or 0 when none does. */
    int pageOf(String id) {
        return pageOf.getOrDefault(id, 0);
    }

    /**
     * The path (from the site's root) of the page that lists cluster {@code id}; the first page
     * for a cluster none lists, as links to it always went there.
     */
    String pathOf(String id) {
        return pager.path(Math.max(1, pageOf(id)));
    }
}
