package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** A word's alignment key is its full normalisation, however its quick path for ASCII is taken. */
    @ParameterizedTest
    @MethodSource("words")
    void wordKeyIsTheFullNormalisation(String word) {
        String typography = Normalizer.normalize(word, Normalizer.Form.NFKC)
                .replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟″]", "\"");
        assertEquals(typography, Collation.typography(word));
        assertEquals(typography.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""), Collation.wordKey(word));
    }

    /** Every ASCII character in a word, then random words mixing ASCII, accents, quotes and wide forms. */
    static Stream<String> words() {
        Stream<String> ascii = IntStream.range(0, 128).mapToObj(c -> "Ab" + (char) c + "9");
        Random random = new Random(7);
        String pool = "aZ09'\".,-;:!?()[]…’“”‘é́ﬁＡ①½ΣßİK";
        Stream<String> mixed = IntStream.range(0, 300).mapToObj(i -> {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                w.append(pool.charAt(random.nextInt(pool.length())));
            }
            return w.toString();
        });
        return Stream.concat(ascii, mixed);
    }
}
