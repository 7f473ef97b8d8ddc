package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gloss.analyze.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, item 2: weaving is linear. The linear weaver places marks exactly where the old
 * one-mark-at-a-time weaver did (on random blocks with inline markup, collapsed whitespace, and
 * nested, crossing and repeated marks), and its work, counted in steps rather than timed, grows
 * in proportion to the marks: 20,000 in one paragraph take twice the steps of 10,000.
 */
class LinearWeavingTest {

    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "a", "quite", "long-ish", "é"};
    private static final String[] INLINE = {"em", "strong", "a", "code", "span"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void placesEveryMarkWhereTheOldWeaverDid(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 25; round++) {
            String html = randomBlocks(random);
            Document expected = parse(html);
            Document actual = parse(html);
            int length = collapsedLength(expected);
            List<Mark> marks = randomMarks(random, length, 1 + random.nextInt(12));
            OneMarkAtATimeWeaver.weave(MarkdownRenderer.blocks(expected.body()), marks);
            AnnotationWeaver.weave(actual.body(), marks);
            assertEquals(expected.body().html(), actual.body().html(), () -> "input " + html + "\nmarks " + marks);
        }
    }

    @Test
    @Timeout(60) // a hang guard only: this takes well under a second
    void twentyThousandMarksInOneParagraphTakeTwiceTheStepsOfTenThousand() {
        long ten = stepsFor(10_000);
        long twenty = stepsFor(20_000);
        double ratio = (double) twenty / ten;
        assertTrue(ratio > 1.9 && ratio < 2.1, () -> "steps " + ten + " → " + twenty + " (ratio " + ratio + ")");
        // and the constant is small: a few steps per character and mark, not one walk per mark
        assertTrue(twenty < 20_000L * 60, () -> twenty + " steps");
    }

    @Test
    @Timeout(60) // a hang guard only
    void twentyThousandMarksInOneParagraphAreAllPlaced() {
        Document doc = parse(paragraph(20_000));
        AnnotationWeaver.weave(doc.body(), marks(20_000));
        assertEquals(20_000, doc.select("q[id]").size());
        assertEquals(paragraph(20_000).replaceAll("<[^>]+>", ""), doc.body().text() + "");
    }

    private static long stepsFor(int n) {
        Document doc = parse(paragraph(n));
        WeaveWork work = new WeaveWork();
        AnnotationWeaver.weave(MarkdownRenderer.blocks(doc.body()), marks(n), work);
        return work.total();
    }

    /** One paragraph of {@code n} short quotations, "said he" between them. */
    private static String paragraph(int n) {
        return "<p data-block=\"0\">" + "said \"stop it\" he. ".repeat(n).strip() + "</p>";
    }

    private static List<Mark> marks(int n) {
        List<Mark> marks = new ArrayList<>();
        int per = "said \"stop it\" he. ".length();
        for (int i = 0; i < n; i++) {
            int start = i * per + 6;
            marks.add(new Mark(new Span(0, start, start + 7), "q", Map.of("data-quote-cluster", "c" + i), "q" + i));
        }
        return marks;
    }

    private static Document parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    private static int collapsedLength(Document doc) {
        int max = 0;
        for (Element block : MarkdownRenderer.blocks(doc.body())) {
            max = Math.max(max, block.text().length() + 2);
        }
        return max;
    }

    /** Two or three blocks of words, whitespace runs and nested inline elements. */
    private static String randomBlocks(Random random) {
        StringBuilder b = new StringBuilder();
        int blocks = 1 + random.nextInt(3);
        for (int block = 0; block < blocks; block++) {
            b.append("<p data-block=\"").append(block).append("\">");
            appendInline(b, random, 0);
            b.append("</p>\n");
        }
        return b.toString();
    }

    private static void appendInline(StringBuilder b, Random random, int depth) {
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(10);
            if (kind < 2 && depth < 3) {
                String tag = INLINE[random.nextInt(INLINE.length)];
                b.append('<').append(tag).append('>');
                appendInline(b, random, depth + 1);
                b.append("</").append(tag).append('>');
            } else if (kind < 4) {
                b.append(random.nextBoolean() ? "  \n " : " ");
            } else {
                b.append(WORDS[random.nextInt(WORDS.length)]);
                if (random.nextInt(3) == 0) {
                    b.append(' ');
                }
            }
        }
    }

    private static List<Mark> randomMarks(Random random, int length, int n) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(length + 1);
            int end = Math.min(length + 3, start + random.nextInt(Math.max(1, length / 2)));
            int block = random.nextInt(3);
            String tag = random.nextBoolean() ? "q" : "a";
            String anchor = random.nextInt(3) == 0 ? null : "m" + i;
            marks.add(new Mark(new Span(block, start, end), tag, Map.of("data-n", String.valueOf(i)), anchor));
            if (random.nextInt(6) == 0) {
                marks.add(new Mark(new Span(block, start, end), "b", Map.of(), "same" + i));
            }
        }
        return marks;
    }
}
