package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The verbs' trie matches exactly the words of the flat alternation it replaced, and nothing else. */
class SpeechVerbsTrieTest {

    private static final Pattern TRIE = Pattern.compile(SpeechVerbs.REGEX);

    @Test
    void everyVerbMatchesInFull() {
        for (String verb : SpeechVerbs.WORDS) {
            assertTrue(TRIE.matcher(verb).matches(), verb);
        }
    }

    @Test
    void noOtherWordMatchesInFull() {
        // Every prefix and one-letter extension of every verb: a trie that merged branches wrongly
        // would match one of these.
        Pattern flat = Pattern.compile("(?:" + String.join("|", SpeechVerbs.WORDS) + ")");
        for (String verb : SpeechVerbs.WORDS) {
            for (int i = 0; i <= verb.length(); i++) {
                for (String w : List.of(verb.substring(0, i), verb.substring(0, i) + "x", verb + "s", verb + "ed")) {
                    assertEquals(flat.matcher(w).matches(), TRIE.matcher(w).matches(), w);
                }
            }
        }
    }

    @Test
    void sharedPrefixesAreFactored() {
        assertEquals("sa(?:id|y(?:s)?)", SpeechVerbs.trie(List.of("said", "says", "say")));
    }
}
