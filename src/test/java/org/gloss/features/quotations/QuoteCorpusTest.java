package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.ArticleTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of six short articles from invented outlets quoting the same statements in different
 * ways (spelling, ellipsis, brackets, a typo, split and run-on quotations, partial quotations,
 * rewordings) and the traps (the same words from another speaker, a short common phrase).
 * {@code expected.txt} lists the clusters, speakers and similar links the analysis must produce.
 */
class QuoteCorpusTest {

    private static final String DIR = "/analyze/quotes/";
    private static final List<String> ARTICLES = List.of("a1-coastal-wire", "a2-daily-ledger", "a3-harbour-times",
            "a4-relief-weekly", "a5-rewrite-desk", "a6-evening-post");

    private static List<Quote> quotes;
    private static List<List<Expected>> groups;
    private static List<String[]> similar;

    record Expected(String article, String speaker, String words) {
    }

    @BeforeAll
    static void analyze() throws IOException {
        List<Quote> all = new ArrayList<>();
        for (String a : ARTICLES) {
            ArticleText text = new ArticleTextExtractor().extract(a, read(a + ".md"));
            all.addAll(new QuoteExtractor().extract(text));
        }
        quotes = new QuoteMatcher().match(all).quotes();
        groups = new ArrayList<>();
        similar = new ArrayList<>();
        List<Expected> current = new ArrayList<>();
        for (String line : read("expected.txt").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            } else if (line.startsWith("similar:")) {
                similar.add(line.substring("similar:".length()).strip().split("\\s*~\\s*"));
            } else {
                String[] f = line.split("\\s*\\|\\s*");
                current.add(new Expected(f[0], f[1].equals("null") ? null : f[1], f[2]));
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = QuoteCorpusTest.class.getResourceAsStream(DIR + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shortest quotation of {@code article} containing {@code words}. */
    private static Quote find(String article, String words) {
        return quotes.stream().filter(q -> q.articleId().equals(article) && q.text().contains(words))
                .min(Comparator.comparingInt(q -> q.text().length()))
                .orElseThrow(() -> new AssertionError("no quotation in " + article + " containing: " + words));
    }

    @Test
    void everyExpectedQuotationHasItsSpeaker() {
        for (List<Expected> g : groups) {
            for (Expected e : g) {
                assertEquals(e.speaker(), find(e.article(), e.words()).speaker(), e.article() + ": " + e.words());
            }
        }
    }

    @Test
    void printingsOfOneStatementShareACluster() {
        for (List<Expected> g : groups) {
            String cluster = find(g.get(0).article(), g.get(0).words()).cluster();
            for (Expected e : g) {
                assertEquals(cluster, find(e.article(), e.words()).cluster(), e.article() + ": " + e.words());
            }
        }
    }

    @Test
    void differentStatementsNeverShareACluster() {
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                Expected a = groups.get(i).get(0);
                Expected b = groups.get(j).get(0);
                assertNotEquals(find(a.article(), a.words()).cluster(), find(b.article(), b.words()).cluster(),
                        a.words() + " / " + b.words());
            }
        }
    }

    @Test
    void rewordingsAreSimilarWithAScoreButNotTheSame() {
        assertFalse(similar.isEmpty());
        for (String[] pair : similar) {
            Quote a = quoteWith(pair[0]);
            Quote b = quoteWith(pair[1]);
            assertNotEquals(a.cluster(), b.cluster());
            var link = a.similarTo().stream().filter(s -> s.cluster().equals(b.cluster())).findFirst();
            assertTrue(link.isPresent(), pair[0] + " ~ " + pair[1]);
            assertTrue(link.get().score() > 0 && link.get().score() < 1, "score " + link.get().score());
        }
    }

    @Test
    void noOtherQuotationIsLinkedAcrossArticles() {
        List<String> listed = new ArrayList<>();
        for (List<Expected> g : groups) {
            for (Expected e : g) {
                listed.add(find(e.article(), e.words()).id());
            }
        }
        for (Quote q : quotes) {
            if (!listed.contains(q.id())) {
                assertTrue(quotes.stream().noneMatch(o -> o != q && o.cluster().equals(q.cluster())),
                        "unexpected link for " + q.id() + ": " + q.text());
            }
        }
    }

    private static Quote quoteWith(String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation containing: " + words));
    }
}
