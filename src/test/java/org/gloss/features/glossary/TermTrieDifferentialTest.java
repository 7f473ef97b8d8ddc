package org.gloss.features.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins {@link TermTrie} (children in sorted arrays, no list made for a start with no hit) to the
 * trie it replaced, kept here (children in a hash map by boxed character), on generated forms,
 * exact and any case, sharing prefixes, and texts built of them with case changes, dashes,
 * curly apostrophes and characters outside ASCII.
 */
class TermTrieDifferentialTest {

    private static final String LETTERS = "aAbBcC-–’' éÉ漢2";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsTheHitsOfTheHashMapTrie(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            List<TermForm> forms = new ArrayList<>();
            for (int k = random.nextInt(12); k >= 0; k--) {
                String text = random.nextInt(3) == 0 && !forms.isEmpty()
                        ? forms.get(random.nextInt(forms.size())).text() + text(random, 1 + random.nextInt(3))
                        : text(random, 1 + random.nextInt(5));
                forms.add(new TermForm("t" + k, text, random.nextBoolean(), false, null, List.of()));
            }
            TermTrie fast = new TermTrie(forms);
            Reference plain = new Reference(forms);
            for (int n = 0; n < 50; n++) {
                StringBuilder sb = new StringBuilder();
                for (int w = random.nextInt(6); w >= 0; w--) {
                    sb.append(random.nextBoolean() ? forms.get(random.nextInt(forms.size())).text() : text(random, 3));
                }
                String s = sb.toString();
                for (int i = 0; i < s.length(); i++) {
                    int at = i;
                    assertEquals(plain.hitsAt(s, i), fast.hitsAt(s, i), () -> forms + " in '" + s + "' at " + at);
                }
            }
        }
    }

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return sb.toString();
    }

    /** The trie as first written: a hash map of boxed characters per node, a new list per start. */
    private static final class Reference {
        private final Node exact = new Node();
        private final Node anyCase = new Node();

        Reference(List<TermForm> forms) {
            for (TermForm f : forms) {
                Node n = f.caseSensitive() ? exact : anyCase;
                for (int i = 0; i < f.text().length(); i++) {
                    char c = TermTrie.fold(f.text().charAt(i), !f.caseSensitive());
                    n = n.next.computeIfAbsent(c, k -> new Node());
                }
                n.forms.add(f);
            }
        }

        List<TermTrie.Hit> hitsAt(String text, int start) {
            List<TermTrie.Hit> hits = new ArrayList<>();
            walk(exact, text, start, false, hits);
            walk(anyCase, text, start, true, hits);
            return hits;
        }

        private static void walk(Node node, String text, int start, boolean ignoreCase, List<TermTrie.Hit> hits) {
            Node n = node;
            for (int i = start; i < text.length(); i++) {
                n = n.next.get(TermTrie.fold(text.charAt(i), ignoreCase));
                if (n == null) {
                    return;
                }
                for (TermForm f : n.forms) {
                    hits.add(new TermTrie.Hit(f, start, i + 1));
                }
            }
        }

        private static final class Node {
            final Map<Character, Node> next = new HashMap<>();
            final List<TermForm> forms = new ArrayList<>(1);
        }
    }
}
