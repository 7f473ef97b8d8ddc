package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.gloss.analyze.MatchKey;
import org.gloss.analyze.NgramIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins a {@link QuoteKey}, whose words are packed and whose grams are made when asked, to the
 * plain forms it was made of before: the {@link MatchKey}'s token list, the sorted distinct stem
 * arrays, and the grams made from them at once.
 */
class QuoteKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "We will not accept this outcome, and we have to say so.",
        "The ministry … would listen [to the families] if they needed to.",
        "José Nuñez said the centre of the harbour's defences needs to reopen.",
        "It has to be stopped. It must stop. They've got to stop it... now!",
        "Nobody can ignore a lasting settlement for the neighbouring districts",
        "ok",
        "l'État, c'est moi — года, россия 2020 m5",
        "…",
        ""})
    void theKeyHoldsWhatThePlainFormsHeld(String text) {
        MatchKey plain = MatchKey.of(text);
        List<String> stems = Rewording.stems(plain);
        Set<String> content = Rewording.contentStems(stems);
        QuoteKey key = QuoteKey.of(text);

        assertEquals(plain.tokens(), key.matchKey().tokens());
        assertEquals(plain.tokens().size(), key.tokenCount());
        assertEquals(plain.words(), key.words());
        assertEquals(stems.stream().distinct().sorted().toList(), PackedWords.list(key.stems()));
        assertEquals(content.stream().sorted().toList(), PackedWords.list(key.contentStems()));
        assertArrayEquals(NgramIndex.bigrams(plain.plainWords()), key.bigrams());
        assertArrayEquals(NgramIndex.unigrams(List.copyOf(content)), key.contentGrams());
    }
}
