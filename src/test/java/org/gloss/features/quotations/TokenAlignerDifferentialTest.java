package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gloss.analyze.MatchKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the optimised {@link TokenAligner} (rolling rows, doubled int scores, words compared by hash
 * and letter set first) to the plain table it replaced, {@link ReferenceTokenAligner}, on generated
 * pairs of printings: copies with typos, swaps, dropped and inserted words, ellipses and brackets.
 */
class TokenAlignerDifferentialTest {

    private static final List<String> VOCABULARY = List.of("the", "river", "ministry", "would", "listen", "nobody",
            "dying", "years", "harbour", "reopen", "economy", "depends", "statement", "accept", "outcome", "we",
            "will", "not", "this", "thus", "that", "patrolling", "forces", "nuñez", "jose", "2020", "m5", "l'état",
            "года", "россия", "said", "and", "of", "in", "a");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theOptimisedAlignerAgreesWithThePlainTableOnEveryPair(long seed) {
        Random random = new Random(seed);
        TokenAligner fast = new TokenAligner();
        ReferenceTokenAligner plain = new ReferenceTokenAligner();
        for (int n = 0; n < 400; n++) {
            MatchKey a = new MatchKey(printing(random));
            MatchKey b = new MatchKey(random.nextInt(3) == 0 ? printing(random) : variant(a.tokens(), random));
            assertEquals(plain.align(a, b), fast.align(a, b), () -> a.tokens() + " against " + b.tokens());
            assertEquals(plain.align(b, a), fast.align(b, a), () -> b.tokens() + " against " + a.tokens());
        }
    }

    /** As the link aligns: every printing's words made once with one vocabulary shared by all the pairs. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void theOptimisedAlignerAgreesWithThePlainTableOverOneSharedVocabulary(long seed) {
        Random random = new Random(seed);
        TokenAligner fast = new TokenAligner();
        ReferenceTokenAligner plain = new ReferenceTokenAligner();
        TokenAligner.Vocabulary vocabulary = new TokenAligner.Vocabulary();
        List<MatchKey> keys = new ArrayList<>();
        List<TokenAligner.Words> words = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            MatchKey k = new MatchKey(keys.isEmpty() || random.nextInt(3) == 0 ? printing(random)
                    : variant(keys.get(random.nextInt(keys.size())).tokens(), random));
            keys.add(k);
            words.add(TokenAligner.Words.of(k, vocabulary));
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = 0; j < keys.size(); j++) {
                MatchKey a = keys.get(i);
                MatchKey b = keys.get(j);
                assertEquals(plain.align(a, b), fast.align(words.get(i), words.get(j)),
                        () -> a.tokens() + " against " + b.tokens());
            }
        }
    }

    private static List<String> printing(Random random) {
        int length = random.nextInt(40);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            out.add(token(random));
        }
        return out;
    }

    private static String token(Random random) {
        int r = random.nextInt(20);
        if (r == 0) {
            return MatchKey.GAP;
        }
        if (r == 1) {
            return MatchKey.WILD;
        }
        return VOCABULARY.get(random.nextInt(VOCABULARY.size()));
    }

    /** Another printing of the same words: some dropped, inserted, misspelt, swapped, elided or bracketed. */
    private static List<String> variant(List<String> words, Random random) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            int r = random.nextInt(14);
            switch (r) {
                case 0 -> { } // dropped
                case 1 -> { out.add(w); out.add(token(random)); }
                case 2 -> out.add(typo(w, random));
                case 3 -> out.add(MatchKey.GAP);
                case 4 -> out.add(MatchKey.WILD);
                default -> out.add(w);
            }
        }
        if (!out.isEmpty() && random.nextBoolean()) {
            out = out.subList(random.nextInt(out.size()), out.size());
        }
        return out;
    }

    private static String typo(String w, Random random) {
        if (w.length() < 2) {
            return w + "s";
        }
        int i = random.nextInt(w.length() - 1);
        char[] c = w.toCharArray();
        switch (random.nextInt(4)) {
            case 0 -> c[i] = (char) ('a' + random.nextInt(26));
            case 1 -> { char t = c[i]; c[i] = c[i + 1]; c[i + 1] = t; }
            case 2 -> { return w.substring(0, i) + w.substring(i + 1); }
            default -> { return w.substring(0, i) + (char) ('a' + random.nextInt(26)) + w.substring(i); }
        }
        return new String(c);
    }
}
