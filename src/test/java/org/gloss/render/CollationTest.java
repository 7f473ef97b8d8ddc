package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CollationTest {

    /** The pieces as {@code kind:text} joined by {@code |}, for compact expectations. */
    private static String pieces(String fullest, String variant) {
        return Collation.compare(fullest, variant).stream().map(p -> p.kind() + ":" + p.text())
                .collect(Collectors.joining("|"));
    }

    @Test
    void identicalPrintingsAreOneSameRun() {
        assertEquals("same:It needs to be brought to an end.", pieces("It needs to be brought to an end.",
                "It needs to be brought to an end."));
    }

    @Test
    void aChangedWordShowsTheFullestWordsAndThisPrintingsOwn() {
        assertEquals("same:a change in that government's|del:behavior.|ins:behaviour.|same:That government",
                pieces("a change in that government's behavior. That government",
                        "a change in that government's behaviour. That government"));
        assertEquals("same:where we and the|del:SDF|ins:[Syrian Democratic Forces]|same:are patrolling",
                pieces("where we and the SDF are patrolling", "where we and the [Syrian Democratic Forces] are patrolling"));
    }

    @Test
    void punctuationOnlyDifferencesAreMarkedAsSuch() {
        assertEquals("punct:very,|same:very worried", pieces("very very worried", "very, very worried"));
    }

    @Test
    void wordsOutsideAPartialQuotationAreAGapNotADeletion() {
        assertEquals("gap:…|same:change its policies",
                pieces("Russia needs to change its policies", "change its policies"));
        assertEquals(List.of("gap", "same", "gap"), Collation.compare("one two three four five", "two three")
                .stream().map(Collation.Piece::kind).toList());
    }
}
