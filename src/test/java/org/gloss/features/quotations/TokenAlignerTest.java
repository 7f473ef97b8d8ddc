package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gloss.analyze.MatchKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenAlignerTest {

    private static TokenAligner.Alignment align(String a, String b) {
        return new TokenAligner().align(MatchKey.of(a), MatchKey.of(b));
    }

    @Test
    void oneLetterTyposStillAlign() {
        assertEquals(3, align("Thus is troubling", "This is troubling").coveredA());
    }

    @Test
    void aShorterQuotationAlignsInsideTheLongerWithAWordBetween() {
        var al = align("This is troubling", "they have been increasing in number, and thus it is troubling");
        assertEquals(3, al.coveredA());
    }

    @Test
    void anEllipsisSkipsWords() {
        var al = align("The harbour must reopen. ... Every day of delay costs jobs",
                "The harbour must reopen. Our economy depends on it. Every day of delay costs jobs");
        assertEquals(10, al.coveredA());
    }

    @Test
    void aBracketedInsertionStandsForTheWordsItReplaces() {
        var al = align("where we and the [Syrian Democratic Forces] are patrolling",
                "where we and the SDF are patrolling");
        assertEquals(6, al.coveredA()); // every word of the bracketed printing but its bracket
        assertEquals(6, al.coveredB()); // SDF is passed over, not shared
    }

    /** Issue 18: a bracket had stood for any four words, and so joined unrelated quotations. */
    @Test
    void aBracketIsNeverAWildcardForUnrelatedWords() {
        var al = align("I had Jo [Smith] up to the farm",
                "I had no idea the river would rise so fast this year");
        assertTrue(al.coveredA() <= 2, "only 'I had' is shared: " + al);
    }

    @Test
    void unrelatedWordsDoNotAlign() {
        assertTrue(align("The weather was fine today", "Nobody expected the ministry to resign").coveredA() <= 1);
    }

    @ParameterizedTest
    @CsvSource({"thus, this", "reopne, reopen", "behavior, behavor", "word, words"})
    void oneEditApart(String a, String b) {
        assertTrue(TokenAligner.oneEdit(a, b));
    }

    @ParameterizedTest
    @CsvSource({"this, that", "stop, stopped", "a, b"})
    void notOneEditApartOrTooShort(String a, String b) {
        assertFalse(TokenAligner.similarity(a, b) > 0);
    }

    /** Issue 18: overlapping excerpts of one statement: the shared stretch ends one and begins the other. */
    @Test
    void theSharedStretchOfOverlappingExcerptsRunsFromOnesEndToTheOthersStart() {
        String a = "the river has been dying for ten years and nobody in the ministry would listen to us";
        String b = "so nobody in the ministry would listen to us until the fish began to float";
        var al = align(a, b);
        assertEquals(8, al.coveredA());
        assertEquals(9, al.startA());
        assertEquals(17, al.endA());
        assertEquals(1, al.startB());
        assertEquals(9, al.endB());
        assertTrue(al.dovetails(17, 15, 1));
        assertFalse(al.dovetails(17, 15, 0), "b's leading 'so' is outside the stretch");
    }

    @Test
    void aStretchInTheMiddleOfBothDoesNotDovetail() {
        String a = "first we met and nobody in the ministry would listen to us that day at all";
        String b = "then again nobody in the ministry would listen to us when we wrote";
        var al = align(a, b);
        assertEquals(8, al.coveredA());
        assertFalse(al.dovetails(MatchKey.of(a).tokens().size(), MatchKey.of(b).tokens().size(), 1));
    }
}
