package org.gloss.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs of items worth comparing, by index ({@code i < j}): those not compared yet, and those
 * an earlier link found to match, with their scores. A fresh index ({@link NgramIndex}) has only
 * the first kind; an {@link UpdatableNgramIndex} keeps the second between links.
 */
public record PairCandidates(List<int[]> unknown, List<Match> known, PairMemo memo) {

    /** Two items that match, and how strongly. */
    public record Match(int i, int j, double score) {
    }

    /** How well two items match: 0 when they do not. It must not depend on which comes first. */
    @FunctionalInterface
    public interface PairScore {
        double of(int i, int j);
    }

    /** A test on a pair of items. */
    @FunctionalInterface
    public interface PairTest {
        boolean test(int i, int j);
    }

    public PairCandidates {
        // A PairList is immutable already, and copying it would make an array of every pair.
        unknown = unknown instanceof PairList ? unknown : List.copyOf(unknown);
        known = List.copyOf(known);
    }

    /** Candidates found afresh, none compared. */
    public static PairCandidates of(List<int[]> pairs) {
        return new PairCandidates(pairs, List.of(), PairMemo.NONE);
    }

    /** Only the pairs that pass {@code keep}: the others are neither compared nor remembered. */
    public PairCandidates filter(PairTest keep) {
        return new PairCandidates(unknown instanceof PairList packed ? packed.filter(keep)
                : unknown.stream().filter(p -> keep.test(p[0], p[1])).toList(),
                known.stream().filter(m -> keep.test(m.i(), m.j())).toList(), memo);
    }

    /**
     * The pairs that match: those known to, and those of the pairs not yet compared that do.
     * Comparisons run on every core (a score depends on its pair alone) and are remembered.
     */
    public List<Match> matches(PairScore score) {
        double[] scores = unknown.parallelStream().mapToDouble(p -> score.of(p[0], p[1])).toArray();
        List<Match> out = new ArrayList<>(known);
        for (int k = 0; k < scores.length; k++) {
            int[] p = unknown.get(k);
            memo.remember(p[0], p[1], scores[k]);
            if (scores[k] > 0) {
                out.add(new Match(p[0], p[1], scores[k]));
            }
        }
        return out;
    }
}
