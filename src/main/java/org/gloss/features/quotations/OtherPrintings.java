package org.gloss.features.quotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gloss.render.MarkTemplates;

/**
 * The other printings a quotation's marks name (its popover, its print note): the first
 * {@link MarkTemplates#OTHERS_LISTED} of its cluster's other printings — other articles' first,
 * oldest first (undated last, then by id), then those elsewhere in the same article — and how many
 * there are. An article page's marks and its key ({@link QuotationKeys}) both take them from here.
 *
 * <p>The work for one article is bounded by what its marks show, not by the size of its clusters:
 * each cluster's printings are sorted once for the site, and an article takes the first few of
 * them that are in other articles (skipping at most its own printings) and counts the rest from the
 * cluster's size. Walking the whole cluster for every printing would be quadratic for a statement
 * printed in thousands of articles, though each page lists only a dozen.
 */
final class OtherPrintings {

    /**
     * What the marks of one quotation show of its cluster's other printings: the {@code listed}
     * ones, in order, and how many there are ({@code total}; {@code elsewhere} of them in other
     * articles).
     */
    record Listed(List<Quote> listed, int total, int elsewhere) {

        Listed {
            listed = List.copyOf(listed);
        }

        /** How many of the others are not listed. */
        int more() {
            return total - listed.size();
        }
    }

    private final Map<String, QuoteCluster> clusters;
    private final Map<String, List<Quote>> byDate;

    /**
     * {@code byDate}: every cluster's printings (by cluster id), oldest first, undated last, then by
     * id (as {@link #byDate} sorts them).
     */
    OtherPrintings(Map<String, QuoteCluster> clusters, Map<String, List<Quote>> byDate) {
        this.clusters = clusters;
        this.byDate = byDate;
    }

    /** The other printings of the site's quotations, each cluster's sorted once with the dates from {@code dateOf} (an article id's). */
    static OtherPrintings of(Quotations found, Function<String, LocalDate> dateOf) {
        Map<String, Quote> quotes = new HashMap<>();
        found.quotes().forEach(q -> quotes.put(q.id(), q));
        Map<String, QuoteCluster> clusters = new HashMap<>();
        Map<String, List<Quote>> byDate = new HashMap<>();
        Comparator<Quote> order = byDate(dateOf);
        for (QuoteCluster c : found.clusters()) {
            clusters.put(c.id(), c);
            byDate.put(c.id(), c.quoteIds().stream().map(quotes::get).sorted(order).toList());
        }
        return new OtherPrintings(clusters, byDate);
    }

    /** Oldest first, undated last, then by id: a total order, as ids are unique. */
    static Comparator<Quote> byDate(Function<String, LocalDate> dateOf) {
        return Comparator.comparing((Quote q) -> dateOf.apply(q.articleId()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Quote::id);
    }

    /** Every printing of cluster {@code clusterId}, oldest first, undated last, then by id. */
    List<Quote> printingsByDate(String clusterId) {
        return byDate.getOrDefault(clusterId, List.of());
    }

    /**
     * What the marks of each of {@code own} (one article's quotations, in any order) show of their
     * clusters' other printings, in the same order as {@code own}.
     */
    List<Listed> of(List<Quote> own) {
        if (own.isEmpty()) {
            return List.of();
        }
        String articleId = own.get(0).articleId();
        if (own.stream().anyMatch(q -> !q.articleId().equals(articleId))) {
            throw new IllegalArgumentException("the quotations of one article, not of several");
        }
        // The article's printings of each cluster: all of one date, so in the site's order by id.
        Map<String, List<Quote>> sameArticle = new LinkedHashMap<>();
        for (Quote q : own) {
            sameArticle.computeIfAbsent(q.cluster(), k -> new ArrayList<>()).add(q);
        }
        sameArticle.values().forEach(qs -> qs.sort(Comparator.comparing(Quote::id)));
        // The first few printings in other articles: the same for every printing in this one.
        Map<String, List<Quote>> elsewhere = new HashMap<>();
        for (String clusterId : sameArticle.keySet()) {
            List<Quote> first = new ArrayList<>(MarkTemplates.OTHERS_LISTED);
            List<Quote> printings = printingsByDate(clusterId);
            for (int i = 0; i < printings.size() && first.size() < MarkTemplates.OTHERS_LISTED; i++) {
                Quote o = printings.get(i);
                if (!o.articleId().equals(articleId)) {
                    first.add(o);
                }
            }
            elsewhere.put(clusterId, first);
        }
        List<Listed> out = new ArrayList<>(own.size());
        for (Quote q : own) {
            List<Quote> here = sameArticle.get(q.cluster());
            int size = clusters.get(q.cluster()).quoteIds().size();
            List<Quote> listed = new ArrayList<>(elsewhere.get(q.cluster()));
            for (int i = 0; i < here.size() && listed.size() < MarkTemplates.OTHERS_LISTED; i++) {
                if (!here.get(i).id().equals(q.id())) {
                    listed.add(here.get(i));
                }
            }
            out.add(new Listed(listed, size - 1, size - here.size()));
        }
        return out;
    }
}
