package org.gloss.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CompactTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Plain ASCII.", "Café, naïve, £5 and ¶ 3: all Latin-1.",
            "“We will not go back,” she said — twice.", "A quote mark ’ and an emoji 🎉 in one.",
            "A lone high surrogate \uD83C here.", "A lone low surrogate \uDF89 here.", "\uD83C",
            "Ends with a pair 🎉", "汉字と日本語のテキスト"})
    void givesBackEveryCharacterItWasGiven(String text) {
        CompactText held = CompactText.of(text);
        assertEquals(text, held.toString());
        assertEquals(text.length(), held.length());
        assertEquals(held, CompactText.of(text));
        assertEquals(held.hashCode(), CompactText.of(text).hashCode());
    }

    @Test
    void givesBackRandomTextOfEveryKindOfCharacter() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                int kind = random.nextInt(4);
                chars[i] = (char) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? random.nextInt(0x100)
                        : kind == 2 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000));
            }
            String text = new String(chars);
            assertEquals(text, CompactText.of(text).toString());
        }
    }

    @Test
    void holdsTextWithACurlyQuoteInAboutOneByteACharacter() {
        String text = "“We will not go back,” the minister said. ".repeat(50);
        assertEquals(text.length() + 2 * 2 * 50, CompactText.of(text).heldBytes());
        assertEquals(12, CompactText.of("Plain ASCII.").heldBytes());
        // A lone surrogate cannot be written in UTF-8, so that text stays a string, two bytes a character.
        assertEquals(2 * 3, CompactText.of("a\uD83Cb").heldBytes());
    }

    @Test
    void textsDifferWhereTheirCharactersDo() {
        assertNotEquals(CompactText.of("“a”"), CompactText.of("“b”"));
        assertNotEquals(CompactText.of("a"), CompactText.of("“a”"));
    }
}
