package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins {@link AnchoredSearch#windowStart} (its walk back stopping at a floor) to the plain form it
 * replaced, kept here: the whole walk back, then the later of it and the floor; the window scan
 * over given candidates to the scan of every character; the literals' one pass to a pass per literal.
 */
class AnchoredSearchDifferentialTest {

    private static final String ALPHABET = "aab ccA’é\u2019";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void walksBackAsTheWholeWalkDoesStoppingAtTheFloor(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 3000; n++) {
            String s = text(random, random.nextInt(40)).replace('c', '\t');
            int at = random.nextInt(s.length() + 1);
            int floor = random.nextInt(at + 1);
            int runs = random.nextInt(6);
            assertEquals(Math.max(floor, plainWindowStart(s, at, runs)), AnchoredSearch.windowStart(s, at, runs, floor),
                    () -> "'" + s + "' at " + at + " runs " + runs + " floor " + floor);
        }
    }

    /**
     * The window scan over given candidates finds what the scan of every character of the windows
     * finds, whenever the candidates hold every position the predicate accepts (here: those
     * positions, plus random others; the predicate random per position).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void scanningCandidatesFindsWhatScanningEveryCharacterDoes(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 3000; n++) {
            String s = text(random, random.nextInt(60)).replace('c', '\t');
            boolean[] accepts = new boolean[s.length()];
            java.util.List<Integer> candidates = new java.util.ArrayList<>();
            java.util.List<Integer> anchors = new java.util.ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                accepts[i] = random.nextInt(4) == 0;
                if (accepts[i] || random.nextInt(5) == 0) {
                    candidates.add(i);
                }
                if (random.nextInt(7) == 0) {
                    anchors.add(i);
                }
            }
            if (random.nextBoolean()) {
                anchors.add(s.length());
            }
            int[] a = anchors.stream().mapToInt(Integer::intValue).toArray();
            int[] c = candidates.stream().mapToInt(Integer::intValue).toArray();
            int runs = random.nextInt(5);
            java.util.function.IntPredicate p = i -> accepts[i];
            assertEquals(java.util.Arrays.toString(AnchoredSearch.before(s, a, runs, p)),
                    java.util.Arrays.toString(AnchoredSearch.before(s, a, runs, c, p)),
                    () -> "'" + s + "' anchors " + anchors + " runs " + runs + " candidates " + candidates);
        }
    }

    /** Literals that share first letters, overlap, nest and repeat a letter, and one beyond Latin-1. */
    private static final java.util.List<String> LITERALS = java.util.List.of("According to", "according to",
            "allegation ", "accusation ", "aa", "a", "statement ", "remarks ", "ab ", "b", "ééa", "āb");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsTheLiteralsWhereAnIndexOfPassPerLiteralDoes(long seed) {
        Random random = new Random(seed);
        String[] pieces = {"According to", "according to", "allegation ", "statement", "remarks ", "a", "b", "é",
            "ā", "A", " ", "acc", "Ł", "Á"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            java.util.List<String> literals = LITERALS.subList(0, 1 + random.nextInt(LITERALS.size()));
            assertEquals(java.util.Arrays.toString(plainAt(s, literals)),
                    java.util.Arrays.toString(AnchoredSearch.at(s, literals)), () -> "'" + s + "' " + literals);
        }
    }

    /** The literals found as first written: an indexOf pass per literal, then sorted and made distinct. */
    private static int[] plainAt(String s, java.util.List<String> literals) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (String lit : literals) {
            for (int i = s.indexOf(lit); i >= 0; i = s.indexOf(lit, i + 1)) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    /** The walk back as first written, to the text's start if need be. */
    private static int plainWindowStart(String s, int at, int runs) {
        int i = at;
        int crossed = 0;
        while (true) {
            while (i > 0 && !AnchoredSearch.isSpace(s.charAt(i - 1))) {
                i--;
            }
            if (i == 0 || crossed == runs) {
                return i;
            }
            while (i > 0 && AnchoredSearch.isSpace(s.charAt(i - 1))) {
                i--;
            }
            crossed++;
        }
    }

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
