package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gloss.analyze.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21: a statement printed in any number of articles links, though every gram of it is then
 * held by more quotations than the index pairs in full. Issue 18: a cluster never holds a printing
 * that shares less than half its words with the cluster's canonical (fullest) printing.
 */
class QuoteLinkScaleTest {

    private static final String STATEMENT = "We will rebuild every school and every clinic in the valley before"
            + " the winter comes and the roads close";

    private static Quote quote(int n, String article, String text, String speaker) {
        String id = article + "-q" + n;
        return new Quote(id, article, List.of(new Span(0, 0, text.length())), text, speaker, id, List.of());
    }

    /** One printing of {@link #STATEMENT} the way outlets print it: whole, with a typo, in part, cut, bracketed. */
    private static String printing(Random random) {
        String[] w = STATEMENT.split(" ");
        return switch (random.nextInt(6)) {
            case 0 -> STATEMENT;
            case 1 -> STATEMENT.replace("winter", random.nextBoolean() ? "wintre" : "wniter");
            case 2 -> {
                int length = 7 + random.nextInt(6);
                int from = random.nextInt(w.length - length + 1);
                yield String.join(" ", Arrays.asList(w).subList(from, from + length));
            }
            case 3 -> String.join(" ", Arrays.asList(w).subList(0, 6)) + " ... "
                    + String.join(" ", Arrays.asList(w).subList(9, w.length));
            case 4 -> "[We] will rebuild every school and every clinic in the valley before the winter comes";
            default -> STATEMENT.toUpperCase(java.util.Locale.ROOT) + ".";
        };
    }

    @ParameterizedTest(name = "{0} printings")
    @ValueSource(ints = {65, 500})
    void aStatementPrintedInAnyNumberOfArticlesLinksThemAll(int printings) {
        Random random = new Random(printings);
        List<Quote> quotes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < printings; i++) {
            String speaker = switch (random.nextInt(3)) {
                case 0 -> "Amara Okafor";
                case 1 -> "Okafor";
                default -> null;
            };
            Quote q = quote(i, "a" + i, printing(random), speaker);
            quotes.add(q);
            ids.add(q.id());
            // Every article also quotes someone else in words sharing the statement's commonest
            // pairs ("we will", "in the", "and the"): boilerplate that must not join it.
            quotes.add(quote(1000 + i, "a" + i, "We will see what happens in the talks and the vote number " + i
                    + " on item " + (i * 7919 % 1000), "Speaker " + i));
        }
        Map<String, String> cluster = new QuoteMatcher().match(quotes).quotes().stream()
                .collect(Collectors.toMap(Quote::id, Quote::cluster));
        assertEquals(1, ids.stream().map(cluster::get).distinct().count(),
                "every printing of the statement is in one cluster");
        long joined = quotes.stream().filter(q -> !ids.contains(q.id()))
                .filter(q -> cluster.get(q.id()).equals(cluster.get(ids.get(0)))).count();
        assertEquals(0, joined, "no boilerplate quotation joins it");
    }

    @Test
    void theSameWordsFromAnotherSpeakerStayApartAtAnyScale() {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            quotes.add(quote(i, "a" + i, STATEMENT, i % 2 == 0 ? "Amara Okafor" : "Lena Brandt"));
        }
        Map<String, List<Quote>> clusters = new QuoteMatcher().match(quotes).quotes().stream()
                .collect(Collectors.groupingBy(Quote::cluster));
        assertEquals(2, clusters.size(), "one cluster per speaker");
        clusters.values().forEach(c -> assertEquals(1, c.stream().map(Quote::speaker).distinct().count()));
    }

    /**
     * Issue 18: an excerpt of one statement and a second statement sharing the first's other half
     * must not end up in one cluster, although each link on the way is strong enough.
     */
    @Test
    void aClusterNeverHoldsAPrintingSharingLessThanHalfItsWordsWithItsCanonical() {
        String a = "the council will close the old harbour road at the end of the month";
        String excerpt = "the council will close the old harbour road";
        String b = "at the end of the month the ferries will stop running to the island and the school will move";
        List<Quote> m = new QuoteMatcher().match(List.of(quote(0, "a1", a, "Ann Lee"),
                quote(1, "a2", excerpt, "Ann Lee"), quote(2, "a3", b, "Ann Lee"))).quotes();
        assertEquals(m.get(0).cluster(), m.get(1).cluster(), "the excerpt joins its statement");
        assertNotEquals(m.get(1).cluster(), m.get(2).cluster(), "the excerpt shares nothing with the other statement");
        assertCoherent(m);
    }

    /** Random fragments of statements that share stretches of words: every cluster stays coherent. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void everyClusterOfOverlappingFragmentsIsCoherent(int seed) {
        Random random = new Random(seed);
        String[] stock = ("the council will close the old harbour road at the end of the month and the ferries"
                + " will stop running to the island while the school will move to the town hall until the new"
                + " bridge is built by the army engineers next spring").split(" ");
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int length = 6 + random.nextInt(14);
            int from = random.nextInt(stock.length - length + 1);
            quotes.add(quote(i, "a" + i, String.join(" ", Arrays.asList(stock).subList(from, from + length)), "Ann Lee"));
        }
        assertCoherent(new QuoteMatcher().match(quotes).quotes());
    }

    private static void assertCoherent(List<Quote> quotes) {
        Map<String, Quote> byId = quotes.stream().collect(Collectors.toMap(Quote::id, Function.identity()));
        Map<String, List<Quote>> clusters = quotes.stream().collect(Collectors.groupingBy(Quote::cluster));
        TokenAligner aligner = new TokenAligner();
        for (Map.Entry<String, List<Quote>> c : clusters.entrySet()) {
            Quote canonical = byId.get(c.getKey().substring(2));
            QuoteKey ck = QuoteKey.of(canonical.text());
            for (Quote q : c.getValue()) {
                QuoteKey k = QuoteKey.of(q.text());
                int shorter = Math.min(k.words(), ck.words());
                int covered = k.words() <= ck.words() ? aligner.align(k.matchKey(), ck.matchKey()).coveredA()
                        : aligner.align(ck.matchKey(), k.matchKey()).coveredA();
                assertTrue(covered * 2 >= shorter, "'" + q.text() + "' shares " + covered + " of " + shorter
                        + " words with its canonical '" + canonical.text() + "'");
            }
        }
    }
}
