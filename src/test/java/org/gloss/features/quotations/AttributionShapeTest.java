package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attribution shapes are searched only near speech verbs (and {@code SOURCE} at its opening
 * words); that search must find exactly what trying each pattern at every character finds. Checked
 * on hand-picked paragraphs at the edges of the bounds and on generated ones dense in names,
 * particles, adverbs, commas and quotation marks.
 */
class AttributionShapeTest {

    /** Words weighted towards what the patterns are made of, so long matches are common. */
    private static final List<String> WORDS = List.of("Jane", "Doe", "Al-Assad", "U.S.", "McDonald", "O’Brien",
            "al", "bin", "de", "van", "the", "The", "a", "An", "he", "She", "they", "It", "also", "later", "has",
            "on Monday", "last week", "this year", "in a statement", "said", "says", "told", "emphasised",
            "unsaid", "saying", "sayings", "warned", "according to", "According to", "statement by",
            "words from", "remarks of", "spokesman", "ministry", "for", "of", "envoy", "Ministry", "Forces",
            ",", ", ", ".", "“", "”", "\"", "’", "'", "»", "«", "____", "___”", "(", "2", "_said", "é", "Éric",
            "  ", "\u00a0", "x", "calls", "called", "tweet of",
            // Words a subject's start is told by: near pronouns and articles, titles, digits and
            // marks inside names, and names running to a comma or a colon.
            "her", "his", "hers", "them", "then", "then,", "that", "to", "an", "An", "And", "Anne", "it’s", "It’s",
            "heé", "She_", "they2", "Thea", "Hea", "Them", "Item", "A", "A\t", "from", "of Ohio", "Sen.", "Doe,",
            "Doe:", "Doe2", "J\u0301ane", "\uD835\uDC00bc", "ǅ", "Ⅻ", "\t", "Ann-Marie", "la", "Le", "de,", "O'Neil",
            "54", ", 54,", ",54", "1234", "54-year-old", "2019", "reported", "Secretary of", "Chief", "a statement from",
            "Germany,", "according to a", "one", "One", "one of", "one has", "one day", "herself", "himself,",
            "Roe's", "Doe’s", "of New York", "from");

    static Stream<Arguments> shapesAndParagraphs() {
        return paragraphs().flatMap(p -> Stream.of(AttributionShape.values()).map(shape -> Arguments.of(shape, p)));
    }

    static Stream<String> paragraphs() {
        List<String> fixed = List.of(
                "Jane Doe said the talks failed.",
                "But Doe on Wednesday said the talks were over.",
                "“It must stop,” union leader Tomas Reyes said.",
                "Mark Lowcock, the U.N.'s relief coordinator, said it was bad.",
                "“We are ready,”said the ministry’s spokesman.",
                "“We are ready” , said the ministry’s spokesman.",
                "According to the State Department, the talks failed.",
                "The banana said nothing; unsaid words from Jane Doe.",
                // A six-word name with particles, a comma and three adverbs of three words: the
                // longest subject the bound allows for.
                "Ali bin Omar al Hassan de Souza van Dijk bin Laden , in a statement in a statement"
                        + " in a statement said so.",
                "Amina Ali, " + "x ".repeat(74) + "x, in a statement in a statement in a statement said so.",
                "Amina Ali, " + "x ".repeat(76) + "x, said so.",
                "Amina Ali,,said so. It  said. He\tsaid.",
                // The longest name an appositive allows for: six capitals, five particles, "of" and a place.
                "Ali bin Omar al Hassan de Souza van Dijk bin Laden of New York, a spokesman, said so.",
                "Ali bin Omar al Hassan de Souza van Dijk bin Laden of New York , a spokesman,said so.",
                "She, on Monday said. Jane Doe , also said. the ministry later said. it said. a man said.",
                // Every pronoun and article, in both cases, as a subject.
                "he said. He said. she said. She said. they said. They said. it said. It said.",
                "the aide said. The aide said. a man said. A man said. an aide said. An aide said.",
                // The longest article phrase: five words after the article.
                "Then the ministry’s long-serving press office spokesman said. An old U.S. army base's guard , later said.",
                // A possessed subject after the longest name, with an age, a comma and three adverbs
                "Ali bin Omar al Hassan de Souza van Dijk bin Laden's press office , 54 , in a statement"
                        + " in a statement in a statement said so. Roe's office said. Roe’s aide later told.",
                // An age after the name, digits in a described subject
                "Jane Roe, 54, a nurse from Leeds, said so. Roe, 54, said so. Roe ,54 said. Roe, 1234, said.",
                "Jane Roe, 54 , of Leeds, said so. the 54-year-old nurse said. The 2019 report said. he, 7, said.",
                // An appositive opening with an article and holding commas, up to the 150 characters allowed and past
                "Dan Nolan, a fellow at an institute in Munich, Germany, and co-author, said so.",
                "Dan Nolan, a " + "x, ".repeat(48) + "x, said so. Dan Nolan, a " + "x, ".repeat(49) + "x, said so.",
                "Dan Nolan, the aide, Jane Roe, a nurse, said so. Jane Roe,a nurse, Leeds, “said”, said so.",
                // A source's document, and an office named with "of"
                "according to a statement from the ministry. According to the new report by Jane Doe, it failed.",
                "“We are ready,” said Secretary of the Treasury Jane Roe. “Yes,” said Chief of Staff Al Doe of Ohio.",
                // A person and where they are from before the verb: the longest name, a place of two
                // words, an age, a comma and three adverbs; a possessive role after the verb
                "Ali bin Omar al Hassan de Souza van Dijk bin Laden of New York , 54 , in a statement in a statement"
                        + " in a statement said so. Sen. Jane Roe from Ohio said. Bank of America said.",
                "“Yes,” said Jane Roe's spokesman, Al Doe. “No,” said Jane Roe’s long-time campaign spokesman.",
                // An appositive that would run across a sentence's end, and one holding abbreviations
                "Jane Roe, the mayor, praised the workers. Tom Kerr, the governor, announced so. Al Doe, aide to"
                        + " Gov. Tom Kerr of the U.S. Army, said so. Ann Lee, a nurse. Tom Kerr, a farmer, said so.",
                // A described speaker with a clause on them, the article capitalised at a sentence's start
                "The official, who spoke on condition of anonymity, said so. A campaign aide, speaking freely, said so."
                        + " One aide, declining to comment, said. An aide,who left,said so."
                        + " The letter, signed by 100 economists, said so. The aide, reached by phone, said.");
        Random random = new Random(20240611);
        List<String> generated = IntStream.range(0, 600).mapToObj(i -> generated(random)).toList();
        return Stream.concat(fixed.stream(), generated.stream());
    }

    private static String generated(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = 5 + random.nextInt(60);
        for (int i = 0; i < words; i++) {
            String w = WORDS.get(random.nextInt(WORDS.size()));
            sb.append(w);
            if (random.nextInt(5) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("shapesAndParagraphs")
    void findsWhatAFullSearchFinds(AttributionShape shape, String paragraph) {
        List<String> anchored = new ArrayList<>();
        shape.find(paragraph, SpeechVerbs.in(paragraph), m -> anchored.add(describe(m)));
        List<String> full = new ArrayList<>();
        for (Matcher m = shape.pattern().matcher(paragraph); m.find(); ) {
            full.add(describe(m));
        }
        assertEquals(full, anchored, paragraph);
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void findsEverySpeechVerbThatBeginsAWord(String paragraph) {
        List<Integer> expected = new ArrayList<>();
        for (Matcher m = Pattern.compile("(?<![\\p{L}\\p{Nd}_])" + SpeechVerbs.REGEX + "\\b").matcher(paragraph);
             m.find(); ) {
            expected.add(m.start());
        }
        assertEquals(expected, IntStream.of(SpeechVerbs.in(paragraph)).boxed().toList(), paragraph);
    }

    private static String describe(Matcher m) {
        return m.start() + "-" + m.end() + ":" + m.group("subj");
    }
}
