package org.gloss.features.quotations;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gloss.analyze.AnchoredSearch;

/**
 * The shapes of attribution in news writing, each a pattern with a {@code subj} group, and where in
 * a paragraph a match can begin. All but {@link #SOURCE} hold a speech verb a bounded number of
 * words after their start, so they are tried only just before each verb, not at every capital.
 */
enum AttributionShape {

    /** {@code X said}, {@code X on Wednesday told}. */
    SUBJECT_VERB(Regex.SUBJECT + "(?:\\s*+,)?\\s++(?:" + Regex.ADVERB + "\\s++){0,3}" + Regex.VERBS + "\\b") {
        @Override
        int[] starts(String s, int[] verbs) {
            // A name (10 runs of white space with particles), a comma (2), three adverbs (9).
            return AnchoredSearch.before(s, verbs, 21, i -> nameStart(s, i) || pronounOrArticleStart(s, i));
        }
    },
    /**
     * {@code ," said X} — only straight after a closing mark; X may follow a description that
     * ends where its name ends the clause ({@code ," said fisherman Paul Okoro.}).
     */
    INVERTED("(?:[”\"»’'](?:\\s*+,)?|,\\s*+[”\"»’'])\\s*+" + Regex.VERBS + "\\s++" + Regex.DESCRIBED + "(?<subj>"
            + Regex.NAME + "|" + Regex.THE_WHOLE + ")") {
        @Override
        int[] starts(String s, int[] verbs) {
            // A closing mark and a comma, each perhaps followed by white space (2 runs).
            return AnchoredSearch.before(s, verbs, 2, i -> ",”\"»’'".indexOf(s.charAt(i)) >= 0);
        }
    },
    /** {@code according to X}, {@code an allegation by X}. */
    SOURCE("(?:[Aa]ccording to|(?:" + String.join("|", Regex.SOURCE_NOUNS) + ") (?:by|from|of))\\s+(?<subj>"
            + Regex.NAME + "|" + Regex.THE_WHOLE + "|" + Regex.THE + ")") {
        @Override
        int[] starts(String s, int[] verbs) {
            return AnchoredSearch.at(s, Regex.SOURCE_OPENINGS);
        }
    },
    /** {@code X, the U.N.'s relief coordinator, said}; {@code Sen. X of Ohio, who voted no, said}. */
    APPOSITIVE("(?<subj>" + Regex.NAME + ")(?:\\s++(?:of|from)\\s++" + Regex.CAP + "(?:\\s++" + Regex.CAP
            + ")?)?\\s*+,[^,\"“”«»]{1,150}+,\\s*+(?:" + Regex.ADVERB + "\\s++){0,3}" + Regex.VERBS + "\\b") {
        @Override
        int[] starts(String s, int[] verbs) {
            // A name (10), "of" and a place (3), a comma (1), up to 150 characters (75), a comma (1),
            // three adverbs (9).
            return AnchoredSearch.before(s, verbs, 99, i -> nameStart(s, i));
        }
    };

    private final Pattern pattern;

    AttributionShape(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    Pattern pattern() {
        return pattern;
    }

    /**
     * Ascending positions that include every one where a match can begin, given the positions of
     * the paragraph's speech verbs ({@link SpeechVerbs#in}).
     */
    abstract int[] starts(String s, int[] verbs);

    /** Calls {@code onMatch} for every match in {@code s}, exactly as a {@code find()} loop would. */
    void find(String s, int[] verbs, Consumer<Matcher> onMatch) {
        AnchoredSearch.find(pattern, s, starts(s, verbs), onMatch);
    }

    /** Where a name can begin: a capital (or half of a character outside the 16-bit range). */
    private static boolean nameStart(String s, int i) {
        char c = s.charAt(i);
        return Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /** Where a lowercase pronoun or article ("he", "the", "a") can begin: at the start of a word. */
    private static boolean pronounOrArticleStart(String s, int i) {
        return "hstia".indexOf(s.charAt(i)) >= 0 && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
    }

    /** The parts the patterns are built of. */
    static final class Regex {
        static final String VERBS = SpeechVerbs.REGEX;
        static final String CAP = "\\p{Lu}[\\p{L}\\p{M}’'.-]*";
        static final String PARTICLE = "(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|del|abu|bint)";
        static final String NAME = CAP + "(?:\\s++(?:" + PARTICLE + "\\s++)?" + CAP + "){0,5}";
        // A subject starts at a word, never inside one ("banana said").
        static final String THE = "\\b(?:[Tt]he|[Aa]n?)\\s++(?:[\\p{L}’'.-]++\\s++){0,4}?[\\p{L}’'.-]++";
        /** What a description word is not: a preposition, article, conjunction or time word. */
        static final String DESCRIPTION_WORD = "(?!(?:on|in|at|by|to|of|for|with|from|about|after|before|during|a|an"
                + "|the|that|this|last|earlier|later|also|then|again|and|but|or|who|which|as)\\b)";
        /** A "the" phrase running to the end of its clause: {@code said the ministry's spokesman.} */
        static final String THE_WHOLE =
                "[Tt]he\\s+(?:[\\p{L}’'.-]+\\s+){0,4}[\\p{L}’'.-]+(?=\\s*(?:[,.;:!?]|$))";
        /**
         * Up to three words describing the person named next ({@code fisherman}, {@code Republican
         * pollster}), the last in lower case so that no part of the name is taken for one, and taken
         * only when that name ends its clause: a name followed by more words ({@code said Paul Okoro
         * on Monday}) is read as before, and no preposition, article or time word is a description
         * ({@code said on Monday}).
         */
        static final String DESCRIBED = "(?:(?:" + DESCRIPTION_WORD + "[\\p{L}’'-]++\\s++){0,2}" + DESCRIPTION_WORD
                + "\\p{Ll}[\\p{L}’'-]*+\\s++(?=" + NAME + "\\s*+(?:[,.;:!?]|$)))?";
        static final String PRONOUN = "\\b(?:he|she|they|it|He|She|They|It)\\b";
        static final String SUBJECT = "(?<subj>" + PRONOUN + "|" + NAME + "|" + THE + ")";
        static final String ADVERB = "(?:also|later|earlier|then|again|further|previously|recently|once"
                + "|has|had|have|was|were|is|would|will|flatly|repeatedly|separately|publicly|however|only"
                + "|on \\p{Lu}\\p{L}+|last \\p{L}+|this \\p{L}+|in a statement)";
        /** The nouns that introduce a source: {@code an allegation by X}, {@code remarks from X}. */
        static final List<String> SOURCE_NOUNS = List.of("allegation", "statement", "remarks", "comments",
                "claim", "accusation", "warning", "words", "tweet");
        /** Every match of {@link #SOURCE} begins with one of these. */
        static final List<String> SOURCE_OPENINGS = Stream.concat(Stream.of("According to", "according to"),
                SOURCE_NOUNS.stream().map(n -> n + " ")).toList();

        private Regex() {
        }
    }
}
