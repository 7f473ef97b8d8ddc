package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeyTest {

    @ParameterizedTest
    @CsvSource({
        "behaviour, behavior", "colours, colors", "honoured, honored", "organise, organize",
        "organisation, organization", "analyse, analyze", "centre, center", "fibres, fibers",
        "defence, defense", "Behaviour, BEHAVIOR", "ﬁnal, final", "we’re, we're", "‘quoted’, quoted"})
    void spellingsAndTypographyMeetInOneForm(String british, String american) {
        assertEquals(MatchKey.of(american).tokens(), MatchKey.of(british).tokens());
    }

    @ParameterizedTest
    @CsvSource({"four", "hour", "detour", "promise", "exercise", "surprise", "rise", "genre"})
    void wordsThatOnlyLookBritishAreLeftAlone(String word) {
        assertEquals(List.of(word), MatchKey.of(word).tokens());
    }

    @Test
    void punctuationAndDashesAreWordBreaks() {
        assertEquals(MatchKey.of("very very worried").tokens(), MatchKey.of("very, very — worried").tokens());
        assertEquals(List.of("m4", "m5", "road"), MatchKey.of("M4-M5 road").tokens());
    }

    @Test
    void ellipsesBecomeGapsAndBracketsWildcards() {
        List<String> gap = List.of("where", MatchKey.GAP, "they");
        assertEquals(gap, MatchKey.of("where ... they").tokens());
        assertEquals(gap, MatchKey.of("where… they").tokens());
        assertEquals(gap, MatchKey.of("where . . . they").tokens());
        assertEquals(List.of("the", MatchKey.WILD, "are"), MatchKey.of("the [Syrian Democratic Forces] are").tokens());
        assertEquals(3, MatchKey.of("where ... they go").words());
    }
}
