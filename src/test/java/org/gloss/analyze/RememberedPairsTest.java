package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Remembered scores are given for pairs of unchanged articles' items only, and never trusted when they do not fit. */
class RememberedPairsTest {

    private static final KeyLimits LIMITS = KeyLimits.dropping(64);

    /** Three articles of two items each; every item holds gram 7, so every pair is a candidate. */
    private static ItemGrams items(String name) {
        return new ItemGrams(name, new int[] {2, 2, 2}, java.util.Collections.nCopies(6, new long[] {7}));
    }

    private static List<byte[]> keys(String... names) {
        List<byte[]> out = new ArrayList<>();
        for (String n : names) {
            out.add(n.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Scores every pair i + j / 100 (0 for pairs within one article), through {@code pairs}. */
    private static RememberedPairs.Scores link(RememberedPairs pairs, List<int[]> compared) {
        PairCandidates c = pairs.pairs(items("same"), LIMITS, 1);
        c.matches((i, j) -> {
            synchronized (compared) {
                compared.add(new int[] {i, j});
            }
            return i / 2 == j / 2 ? 0 : i + j / 100.0;
        });
        return pairs.scores();
    }

    @Test
    void onlyPairsWithAChangedArticleAreComparedAgain() {
        List<int[]> first = new ArrayList<>();
        RememberedPairs.Scores scores = link(new RememberedPairs(keys("a", "b", "c"), RememberedPairs.Scores.NONE), first);
        assertEquals(15, first.size(), "six items, every pair");
        // b changed (a new key); c and a swapped places.
        RememberedPairs again = new RememberedPairs(keys("c", "b2", "a"), scores);
        PairCandidates c = again.pairs(items("same"), LIMITS, 1);
        for (int[] p : c.unknown()) {
            assertTrue(p[0] / 2 == 1 || p[1] / 2 == 1, "a pair of c's and a's items is known: " + p[0] + "," + p[1]);
        }
        assertEquals(15 - 1 - 1 - 4, c.unknown().size(), "a's pair, c's pair and the four between them are known");
        // c's first item (now 0) was item 4, a's second (now 5) was item 1: remembered as the pair (1, 4).
        assertTrue(c.known().stream().anyMatch(m -> m.i() == 0 && m.j() == 5 && m.score() == 1 + 4 / 100.0),
                c.known().toString());
    }

    @Test
    void scoresThatDoNotFitTheirArticlesAreNotUsed() {
        RememberedPairs.Scores scores = link(new RememberedPairs(keys("a", "b", "c"), RememberedPairs.Scores.NONE),
                new ArrayList<>());
        // An article now has another number of items than remembered: none of its items is known.
        RememberedPairs fewer = new RememberedPairs(keys("a", "b", "c"), scores);
        PairCandidates c = fewer.pairs(new ItemGrams("same", new int[] {1, 2, 3},
                java.util.Collections.nCopies(6, new long[] {7})), LIMITS, 1);
        assertEquals(15 - 1, c.unknown().size(), "only b's pair (items 1 and 2, still two) is known");
        // A comparison whose shape is broken is ignored whole.
        RememberedPairs.Comparison broken = new RememberedPairs.Comparison("same", new int[] {2, 2}, new long[] {1}, new double[0]);
        RememberedPairs none = new RememberedPairs(keys("a", "b", "c"),
                new RememberedPairs.Scores(keys("a", "b", "c"), List.of(broken)));
        assertEquals(15, none.pairs(items("same"), LIMITS, 1).unknown().size());
        // Nor is one whose pairs are out of order (they are looked up by binary search).
        RememberedPairs.Comparison same = scores.comparisons().get(0);
        long[] shuffled = same.pairs().clone();
        long first = shuffled[0];
        shuffled[0] = shuffled[1];
        shuffled[1] = first;
        RememberedPairs unordered = new RememberedPairs(keys("a", "b", "c"), new RememberedPairs.Scores(keys("a", "b", "c"),
                List.of(new RememberedPairs.Comparison("same", same.perArticle(), shuffled, same.scores()))));
        assertEquals(15, unordered.pairs(items("same"), LIMITS, 1).unknown().size());
        // Another comparison's scores are not this one's.
        assertEquals(15, new RememberedPairs(keys("a", "b", "c"), scores).pairs(items("similar"), LIMITS, 1).unknown().size());
    }
}
