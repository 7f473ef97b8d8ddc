package org.gloss.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleTextExtractorTest {

    @Test
    void collapsesWhiteSpaceAsAWhiteSpaceReplacementWould() {
        // The characters \s stands for, and others it does not (no-break and ideographic spaces,
        // which strip() still removes at the ends), among words, at random.
        String[] pieces = {"a", "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u3000", "é"};
        Pattern whiteSpace = Pattern.compile("\\s+");
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            assertEquals(whiteSpace.matcher(s).replaceAll(" ").strip(), ArticleTextExtractor.collapse(s), s);
        }
    }

    @Test
    void returnsTextWithNothingToCollapseAsItIs() {
        String text = "One sentence, with single spaces.";
        assertSame(text, ArticleTextExtractor.collapse(text));
    }
}
