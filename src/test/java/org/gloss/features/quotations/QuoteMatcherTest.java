package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMatcherTest {

    /** A rewording close to many statements names the closest few, in cluster order, not all of them. */
    @Test
    void namesOnlyTheClosestRewordings() {
        TreeMap<String, Double> similar = new TreeMap<>();
        for (int i = 0; i < 30; i++) {
            similar.put(String.format("c-%02d", i), 0.5 + (i * 7 % 30) / 100.0);
        }
        List<Quote.Similarity> kept = QuoteMatcher.closest(similar);
        assertEquals(QuoteMatcher.MAX_SIMILAR, kept.size());
        double lowestKept = kept.stream().mapToDouble(Quote.Similarity::score).min().orElseThrow();
        long higherDropped = similar.entrySet().stream()
                .filter(e -> kept.stream().noneMatch(k -> k.cluster().equals(e.getKey())))
                .filter(e -> e.getValue() > lowestKept).count();
        assertEquals(0, higherDropped);
        List<String> ids = kept.stream().map(Quote.Similarity::cluster).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        // few enough: every one, as they were
        TreeMap<String, Double> few = new TreeMap<>(similar.headMap("c-05"));
        assertEquals(5, QuoteMatcher.closest(few).size());
    }


    private static Quote quote(String article, String text, String speaker) {
        String id = article + "-q" + Math.abs(text.hashCode());
        return new Quote(id, article, List.of(new Span(0, 0, text.length())), text, speaker, id, List.of());
    }

    private static List<Quote> match(Quote... quotes) {
        return new QuoteMatcher().match(List.of(quotes)).quotes();
    }

    private static boolean linked(String a, String sa, String b, String sb) {
        List<Quote> m = match(quote("a1", a, sa), quote("a2", b, sb));
        return m.get(0).cluster().equals(m.get(1).cluster());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "They require a change in that government's behavior | They require a change in that government's behaviour",
        "We've seen a limited number of occasions where ... they've tried to come deep | We've seen a limited number"
                + " of occasions where they've tried to come deep",
        "where we and the SDF are patrolling well inside the lines | where we and the [Syrian Democratic Forces] are"
                + " patrolling well inside the lines",
        "The harbour must reopne within the week | The harbour must reopen within the week",
        "Those requirements are not unreasonable | Those requirements are not unreasonable. They require a change"
                + " in that government's behavior. That government would not survive a week",
        "“It’s a matter of weeks, not months,” | \"It's a matter of weeks - not months\"",
    })
    void variantsOfOneQuotationLink(String a, String b) {
        assertTrue(linked(a, "Jane Doe", b, "Jane Doe"));
        assertTrue(linked(a, null, b, "Jane Doe") || MatchKey.of(a).words() < QuoteMatcher.SHORT_WORDS);
    }

    /** Issue 18: one bracketed quotation linked eleven unrelated ones; brackets stand only for what they replace. */
    @Test
    void aBracketedQuotationLinksOnlyWhereItsOwnWordsMatch() {
        // "up at the farm" is all they share; the bracket had covered "they all went home".
        assertTrue(!linked("I had Jo [Smith] up at the farm that spring", "Ann Lee",
                "they all went home up at the farm", "Ann Lee"));
        assertTrue(linked("[He] told the council we must leave the valley now", "Ann Lee",
                "Smith told the council we must leave the valley now", "Ann Lee"));
    }

    /**
     * Issue 18: links do not chain weak matches. A short printing that two different statements
     * both begin with links to each, but never makes them one quotation.
     */
    @Test
    void aShortPrintingDoesNotChainTwoDifferentStatements() {
        List<Quote> m = match(quote("a1", "We will rebuild every school in the valley before the winter comes", "Ann Lee"),
                quote("a2", "we will rebuild every school", "Ann Lee"),
                quote("a3", "We will rebuild every bridge that the floods took from the towns", "Ann Lee"));
        assertEquals(m.get(0).cluster(), m.get(1).cluster(), "the excerpt joins the statement it is from");
        assertNotEquals(m.get(0).cluster(), m.get(2).cluster(), "two statements sharing four words stay apart");
    }

    /** Issue 18: outlets print names with and without accents; the words and the speaker are the same. */
    @Test
    void accentsDoNotKeepPrintingsApart() {
        assertTrue(linked("José Nuñez told us the río Piedras would be cleaned by March", "José Nuñez",
                "Jose Nunez told us the rio Piedras would be cleaned by March", "Jose Nunez"));
        assertTrue(linked("Ça ne peut pas continuer ainsi dans la vallée", "Zoë Brontë",
                "Ca ne peut pas continuer ainsi dans la vallee", "Zoe Bronte"));
        assertTrue(!linked("We will not accept this outcome from the talks", "José Nuñez",
                "We will not accept this outcome from the talks", "Josefa Núñez Ortega"),
                "folding accents does not make two people one");
    }

    @Test
    void theSameWordsFromADifferentSpeakerAreADifferentQuotation() {
        assertTrue(!linked("We will not accept this outcome from the talks", "Amara Okafor",
                "We will not accept this outcome from the talks", "Lena Brandt"));
    }

    @Test
    void aShortCommonPhraseNeedsBothSpeakersKnownAndAgreeing() {
        assertTrue(!linked("I don't know", null, "I don't know", null));
        assertTrue(!linked("I don't know", "Amara Okafor", "I don't know", null));
        assertTrue(!linked("I don't know", "Amara Okafor", "I don't know", "Tomas Reyes"));
        assertTrue(linked("This is troubling", "James Jeffrey", "Thus is troubling", "Jeffrey"));
    }

    @Test
    void scareQuotesNeverLinkOnTheirOwn() {
        assertTrue(!linked("neutralize", "Kremlin", "neutralize", "Kremlin"));
        assertTrue(!linked("very worried", "Jane Doe", "very worried", "Jane Doe"));
    }

    @Test
    void aRewordingIsSimilarWithAScoreNeverTheSame() {
        List<Quote> m = match(quote("a1", "It has to be stopped", "Tomas Reyes"),
                quote("a2", "It must stop", "Tomas Reyes"));
        assertNotEquals(m.get(0).cluster(), m.get(1).cluster());
        assertEquals(1, m.get(0).similarTo().size());
        assertEquals(m.get(1).cluster(), m.get(0).similarTo().get(0).cluster());
        double score = m.get(0).similarTo().get(0).score();
        assertTrue(score > 0.5 && score < 1, "score " + score);
    }

    @Test
    void quotationsSharingAFewWordsAreNotRewordingsOfEachOther() {
        List<Quote> m = match(quote("a1", "The harbour will stay closed until the union accepts the offer", null),
                quote("a2", "The union will not accept an offer that cuts the pay of casual workers", null));
        assertTrue(m.get(0).similarTo().isEmpty(), m.get(0).similarTo().toString());
    }

    @Test
    void theClusterIsBuiltAroundTheLongestPrinting() {
        Quote longest = quote("a1", "This is a dangerous conflict. It needs to be brought to an end. Russia needs to"
                + " change its policies", "James Jeffrey");
        Quote part = quote("a2", "Russia needs to change its policies", "Jeffrey");
        QuoteMatcher.Result r = new QuoteMatcher().match(List.of(part, longest));
        assertEquals(1, r.clusters().stream().filter(QuoteCluster::shared).count());
        QuoteCluster c = r.clusters().stream().filter(QuoteCluster::shared).findFirst().orElseThrow();
        assertEquals(longest.id(), c.canonicalQuoteId());
        assertEquals("James Jeffrey", c.speaker());
    }

    @Test
    void aPartialQuotationCreditedToAnInstitutionJoinsTheFullOneInTheSameArticleOnly() {
        Quote headline = quote("a1", "change its policies", "US");
        Quote body = quote("a1", "Russia needs to change its policies", "James Jeffrey");
        Quote elsewhere = quote("a2", "change its policies", null);
        List<Quote> m = match(headline, body, elsewhere);
        assertEquals(m.get(0).cluster(), m.get(1).cluster());
        assertNotEquals(m.get(1).cluster(), m.get(2).cluster());
    }

    @Test
    void unrelatedQuotationsStayApart() {
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            qs.add(quote("a" + i, "Statement number " + i + " says something about topic " + (i * 7), "Jane Doe"));
        }
        List<Quote> m = new QuoteMatcher().match(qs).quotes();
        assertEquals(50, m.stream().map(Quote::cluster).distinct().count());
    }

    /** A 42-word statement, cut into excerpts by word number (1-based, inclusive) as outlets cut it. */
    private static final String[] STATEMENT = ("We have asked the ministry for help since the spring and every letter"
            + " came back unanswered while the water in our wells turned brown and the children at the school"
            + " fell ill one after another until the clinic ran out of beds").split(" ");

    private static String words(int from, int to) {
        return String.join(" ", java.util.Arrays.asList(STATEMENT).subList(from - 1, to));
    }

    /** Issue 18: overlapping but not nested excerpts of one statement link. */
    @Test
    void overlappingExcerptsOfOneStatementLink() {
        assertEquals(42, STATEMENT.length);
        assertTrue(linked(words(1, 20), "Ines Duarte", words(10, 30), "Ines Duarte"), "11 shared words of 20");
        assertTrue(linked(words(1, 20), null, words(10, 30), "Ines Duarte"), "one speaker unknown");
        assertTrue(linked(words(21, 40), "Duarte", words(5, 30), "Ines Duarte"), "the other way round");
    }

    /**
     * Overlapping excerpts link only over at least half of the shorter one's words and at least
     * eight words, so no cluster holds two printings sharing less than half their words.
     */
    @Test
    void excerptsSharingLessThanHalfTheShorterOnesWordsStayApart() {
        assertTrue(!linked(words(1, 20), "Ines Duarte", words(12, 40), "Ines Duarte"), "9 shared words of 20");
        assertTrue(!linked(words(1, 12), "Ines Duarte", words(6, 30), "Ines Duarte"), "7 shared words: too few");
        List<Quote> m = match(quote("a1", words(1, 20), "Ines Duarte"), quote("a2", words(10, 30), "Ines Duarte"),
                quote("a3", words(22, 42), "Ines Duarte"));
        assertEquals(m.get(0).cluster(), m.get(1).cluster());
        assertNotEquals(m.get(1).cluster(), m.get(2).cluster(), "a3 shares 9 of its 21 words with a2: no chain");
        List<Quote> full = match(quote("a1", words(1, 20), "Ines Duarte"), quote("a2", words(10, 30), "Ines Duarte"),
                quote("a3", words(22, 42), "Ines Duarte"), quote("a4", words(1, 42), "Ines Duarte"));
        assertEquals(1, full.stream().map(Quote::cluster).distinct().count(), "the full statement holds all three");
    }

    @Test
    void overlappingExcerptsFromDifferentSpeakersOrMidStretchStayApart() {
        assertTrue(!linked(words(1, 20), "Ines Duarte", words(10, 30), "Carl Weber"));
        // Two statements sharing a middle stretch, neither ending where the other begins.
        assertTrue(!linked("Last year " + words(5, 16) + " as the mayor knows", "Ines Duarte",
                "In March " + words(5, 16) + " and then the road closed", "Ines Duarte"));
    }

    /** Issue 18: a wrong speaker on one printing must not keep a long quotation from linking. */
    @Test
    void aLongQuotationLinksWhateverTheSpeakerOfOnePrinting() {
        String q = words(1, 16);
        assertTrue(linked(q, "Ines Duarte", q, "Carl Weber"), "a pronoun given to the wrong person");
        assertTrue(linked(q, "Ines Duarte", q, "the ministry"), "an institution for its spokeswoman");
        assertTrue(linked(q, "Ines Duarte", words(1, 12) + " … " + words(14, 16), "Carl Weber"),
                "words left out behind an ellipsis");
        List<Quote> m = match(quote("a1", q, "Ines Duarte"), quote("a2", q, "Carl Weber"),
                quote("a3", words(3, 9), "Duarte"));
        assertEquals(1, m.stream().map(Quote::cluster).distinct().count(), "a short excerpt still joins by its speaker");
        assertTrue(!linked(words(1, 12), "Ines Duarte", words(1, 20), "Carl Weber"),
                "an excerpt inside someone else's longer words is not enough to outweigh two speakers");
    }

    @Test
    void theSameShortWordsFromTwoPeopleStayTwoQuotations() {
        assertTrue(!linked(words(1, 9), "Ines Duarte", words(1, 9), "Carl Weber"));
        assertTrue(!linked(words(1, 14), "Ines Duarte", words(1, 6) + " some aid " + words(9, 14), "Carl Weber"),
                "12 of 14 words: the words must align almost in full to outweigh two speakers");
    }
}
