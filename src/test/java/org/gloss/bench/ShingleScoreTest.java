package org.gloss.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void identicalTextsScoreOne() {
        ShingleScore.Counts c = ShingleScore.page("one two three four five", "one, two; three four five!");
        assertEquals(1.0, c.f1(), 1e-9);
    }

    @Test
    void extraTextCostsPrecisionAndMissingTextCostsRecall() {
        // truth: 2 shingles; extracted: the same 2 plus 2 more (6 words).
        ShingleScore.Counts extra = ShingleScore.page("a b c d e", "a b c d e f");
        assertEquals(2.0 / 3, extra.tp(), 1e-9);
        assertEquals(1.0 / 3, extra.fp(), 1e-9);
        ShingleScore score = new ShingleScore(List.of(extra, ShingleScore.page("a b c d e f", "a b c d e")));
        assertEquals((1 + 2.0 / 3) / 2, score.precision(), 1e-9);
        assertEquals((1 + 2.0 / 3) / 2, score.recall(), 1e-9);
    }

    @Test
    void aPageWithNoOutputScoresZero() {
        assertEquals(0.0, ShingleScore.page("some words of a story", "").f1(), 1e-9);
    }
}
