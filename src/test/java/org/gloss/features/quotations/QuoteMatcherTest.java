package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMatcherTest {

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
}
