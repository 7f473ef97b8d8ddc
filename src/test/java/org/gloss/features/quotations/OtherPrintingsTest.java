package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.Findings;
import org.gloss.analyze.Span;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleMetadata;
import org.gloss.render.MarkTemplates;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: what a quotation's popover lists of its cluster's other printings is the same as the
 * plain way of finding it (every other printing, in place order, then the first dozen), while the
 * work for an article, and its page's key, stay bounded by what the popover shows however many
 * articles print the statement.
 */
class OtherPrintingsTest {

    /** The plain reference: every other printing, other articles' first by date, then the same article's. */
    private static List<Quote> othersInPlaceOrder(Quote q, List<Quote> byDate) {
        List<Quote> others = new ArrayList<>();
        for (Quote o : byDate) {
            if (!o.articleId().equals(q.articleId())) {
                others.add(o);
            }
        }
        for (Quote o : byDate) {
            if (o.articleId().equals(q.articleId()) && !o.id().equals(q.id())) {
                others.add(o);
            }
        }
        return others;
    }

    /** A corpus's quotations, its clusters, and each article's date. */
    private record Corpus(Quotations found, Map<String, LocalDate> dates) {

        Map<String, List<Quote>> byArticle() {
            Map<String, List<Quote>> out = new LinkedHashMap<>();
            found.quotes().forEach(q -> out.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q));
            return out;
        }
    }

    /**
     * {@code articles} articles (some undated, many on the same day) printing quotations of
     * {@code clusters} statements, some several times in one article, each printing a cluster of
     * its own or joined to a statement's.
     */
    private static Corpus corpus(Random random, int articles, int clusters, int quotes) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (int a = 0; a < articles; a++) {
            dates.put("a" + a, random.nextInt(5) == 0 ? null : LocalDate.of(2024, 1, 1 + random.nextInt(6)));
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        List<Quote> all = new ArrayList<>();
        for (int n = 0; n < quotes; n++) {
            String article = "a" + random.nextInt(articles);
            String cluster = "c" + random.nextInt(clusters);
            String id = article + "-q" + n;
            members.computeIfAbsent(cluster, k -> new ArrayList<>()).add(id);
            all.add(new Quote(id, article, List.of(new Span(0, n, n + 1)), "words " + cluster, null, cluster, List.of()));
        }
        List<QuoteCluster> found = new ArrayList<>();
        members.forEach((c, ids) -> found.add(new QuoteCluster(c, ids.get(0), ids, null)));
        return new Corpus(new Quotations(all, found), dates);
    }

    @Test
    void listsWhatThePlainWayLists() {
        Random random = new Random(21);
        int compared = 0;
        for (int round = 0; round < 40; round++) {
            // Few articles and clusters: printings of one statement in the same article are common.
            Corpus corpus = corpus(random, 2 + random.nextInt(30), 1 + random.nextInt(6), 1 + random.nextInt(120));
            OtherPrintings printings = OtherPrintings.of(corpus.found(), corpus.dates()::get);
            var order = OtherPrintings.byDate(corpus.dates()::get);
            Map<String, List<Quote>> byDate = new HashMap<>();
            corpus.found().clusters().forEach(c -> byDate.put(c.id(), corpus.found().quotes().stream()
                    .filter(q -> q.cluster().equals(c.id())).sorted(order).toList()));
            for (List<Quote> own : corpus.byArticle().values()) {
                List<OtherPrintings.Listed> listed = printings.of(own);
                for (int i = 0; i < own.size(); i++) {
                    Quote q = own.get(i);
                    List<Quote> others = othersInPlaceOrder(q, byDate.get(q.cluster()));
                    OtherPrintings.Listed l = listed.get(i);
                    assertEquals(MarkTemplates.listed(others), l.listed(), q.id());
                    assertEquals(others.size() - MarkTemplates.listed(others).size(), l.more(), q.id());
                    assertEquals(others.stream().filter(o -> !o.articleId().equals(q.articleId())).count(),
                            (long) l.elsewhere(), q.id());
                    compared++;
                }
            }
        }
        assertTrue(compared > 1_000, "compared " + compared);
    }

    @Test
    void anArticleWalksOnlyTheFirstFewOfAStatementPrintedEverywhere() {
        // One statement printed once in each of 5,000 articles, the oldest first; and the plain
        // way, which walks the whole cluster for each printing, would visit 5,000 × 5,000.
        int printings = 5_000;
        List<Quote> all = new ArrayList<>();
        for (int a = 0; a < printings; a++) {
            all.add(new Quote("a" + a + "-q0", "a" + a, List.of(new Span(0, 0, 1)), "words", null, "c", List.of()));
        }
        QuoteCluster cluster = new QuoteCluster("c", all.get(0).id(), all.stream().map(Quote::id).toList(), null);
        AtomicLong visited = new AtomicLong();
        List<Quote> counted = new AbstractList<>() {
            @Override
            public Quote get(int index) {
                visited.incrementAndGet();
                return all.get(index);
            }

            @Override
            public int size() {
                return all.size();
            }
        };
        OtherPrintings others = new OtherPrintings(Map.of("c", cluster), Map.of("c", counted));
        for (Quote q : all) {
            OtherPrintings.Listed l = others.of(List.of(q)).get(0);
            assertEquals(MarkTemplates.OTHERS_LISTED, l.listed().size());
            assertEquals(printings - 1, l.elsewhere());
            assertEquals(printings - 1 - MarkTemplates.OTHERS_LISTED, l.more());
        }
        // Each article skips at most its own printing on the way to a dozen others.
        assertTrue(visited.get() <= (long) printings * (MarkTemplates.OTHERS_LISTED + 1), "visited " + visited.get());
    }

    @Test
    void anArticlePagesKeyDoesNotGrowWithTheArticlesThatPrintItsStatement() {
        List<Object> few = firstArticleKey(50);
        List<Object> many = firstArticleKey(3_000);
        assertEquals(few.size(), many.size(), "the key holds what the popover shows: a dozen printings and counts");
        assertTrue(many.size() < 3 * MarkTemplates.OTHERS_LISTED + 20, "key of " + many.size() + " values");
        assertNotEquals(few, many, "the count of printings is in the key");
    }

    /** The page key of the first of {@code printings} articles that print one statement. */
    private static List<Object> firstArticleKey(int printings) {
        List<Article> articles = new ArrayList<>();
        List<Quote> all = new ArrayList<>();
        for (int a = 0; a < printings; a++) {
            ArticleMetadata md = new ArticleMetadata("Report " + a, "Outlet " + a % 7, null,
                    LocalDate.of(2024, 1, 1).plusDays(a % 300), null, null, null, null, null);
            articles.add(new Article("a" + a, "a" + a + ".md", md, "body", List.of(), List.of()));
            all.add(new Quote("a" + a + "-q0", "a" + a, List.of(new Span(0, 0, 1)), "words", null, "c", List.of()));
        }
        QuoteCluster cluster = new QuoteCluster("c", all.get(0).id(), all.stream().map(Quote::id).toList(), null);
        Annotations ann = new Annotations(List.of(),
                Findings.none().with(QuotationsFeature.LINKED, new Quotations(all, List.of(cluster))));
        List<Object> key = new ArrayList<>();
        new QuotationKeys(articles, ann, 100).addArticleKey(articles.get(0), key);
        return key;
    }
}
