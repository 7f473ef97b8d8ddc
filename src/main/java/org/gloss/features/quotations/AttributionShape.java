package org.gloss.features.quotations;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * {@code X said}, {@code X on Wednesday told}, {@code X, 54, said}, {@code Sen. Jane Roe of Ohio
     * said} (the place in a group of its own, taken only of a person: see {@code SpeakerResolver}).
     */
    SUBJECT_VERB(Regex.SUBJECT + Regex.PLACE + Regex.AGE + "(?:\\s*+,)?\\s++(?:" + Regex.ADVERB + "\\s++){0,3}"
            + Regex.VERBS + "\\b") {
        @Override
        int[] starts(String s, int[] verbs, int[] candidates) {
            // A name (10 runs of white space with particles), "of" and a place (3), an age (2), a
            // comma (2), three adverbs (9); a possessed subject's two words (2) take no place.
            // Of those, only where a pronoun or article stands, or a name's words run up to a comma
            // or a lower-case word: what the subject must be followed by.
            return AnchoredSearch.before(s, verbs, 26, candidates, i -> nameStart(s, i)
                    ? pronounOrArticleAt(s, i) || namesThen(s, i, false)
                    : pronounOrArticleStart(s, i) && pronounOrArticleAt(s, i));
        }
    },
    /**
     * {@code ," said X} — only straight after a closing mark; X may follow a description that
     * ends where its name ends the clause ({@code ," said fisherman Paul Okoro.}).
     */
    INVERTED("(?:[”\"»’'](?:\\s*+,)?|,\\s*+[”\"»’'])\\s*+" + Regex.VERBS + "\\s++" + Regex.DESCRIBED + "(?<subj>"
            + Regex.OFFICE_OF + "|" + Regex.POSSESSIVE_ROLE + "|" + Regex.NAME + "|" + Regex.THE_WHOLE + ")") {
        @Override
        int[] starts(String s, int[] verbs, int[] candidates) {
            // A closing mark and a comma, each perhaps followed by white space (2 runs).
            return AnchoredSearch.before(s, verbs, 2, i -> ",”\"»’'".indexOf(s.charAt(i)) >= 0);
        }
    },
    /** {@code according to X}, {@code an allegation by X}, {@code according to a statement from X}. */
    SOURCE("(?:[Aa]ccording to(?:\\s++(?:an?|the)\\s++(?:\\p{Ll}++\\s++)?(?:" + String.join("|", Regex.SOURCE_NOUNS)
            + ")\\s++(?:by|from|of)(?=\\s))?|(?:" + String.join("|", Regex.SOURCE_NOUNS)
            + ") (?:by|from|of))\\s+(?<subj>"
            + Regex.NAME + "|" + Regex.THE_WHOLE + "|" + Regex.THE + ")") {
        @Override
        int[] starts(String s, int[] verbs, int[] candidates) {
            return AnchoredSearch.at(s, Regex.SOURCE_OPENINGS);
        }
    },
    /**
     * {@code X, the U.N.'s relief coordinator, said}; {@code Sen. X of Ohio, who voted no, said};
     * {@code X, 54, a nurse from Leeds, said}; {@code X herself, speaking in Ohio, said}; {@code X, a
     * fellow at an institute in Munich, Germany, and co-author of the study, said}.
     */
    APPOSITIVE("(?<subj>" + Regex.NAME + ")(?:\\s++(?:himself|herself))?" + Regex.AGE + "(?:\\s++(?:of|from)\\s++"
            + Regex.CAP + "(?:\\s++" + Regex.CAP + ")?)?\\s*+,(?:(?:" + Regex.IN_SENTENCE + "[^,\"“”«»]){1,150}+|"
            + Regex.DESCRIPTION_WITH_COMMAS
            + "),\\s*+(?:" + Regex.ADVERB
            + "\\s++){0,3}" + Regex.VERBS + "\\b") {
        @Override
        int[] starts(String s, int[] verbs, int[] candidates) {
            // A name (10), "himself" (1), an age (2), "of" and a place (3), a comma (1), up to 150
            // characters (75), a comma (1), three adverbs (9).
            // Of those, only where a name's words run up to the comma the appositive (or an age) opens with.
            return AnchoredSearch.before(s, verbs, 102, candidates, i -> nameStart(s, i) && namesThen(s, i, true));
        }
    },
    /**
     * {@code the official, who spoke on condition of anonymity, said}, {@code a campaign aide,
     * speaking on condition of anonymity, said}, {@code the letter, signed by 100 economists, said}:
     * a described speaker, then a clause on them.
     */
    DESCRIBED_APPOSITIVE("(?<subj>" + Regex.THE + ")\\s*+,\\s*+(?:who|whose|\\p{Ll}++(?<=ing|ed))\\b"
            + "[^,\"“”«»]{1,150}+,\\s*+(?:"
            + Regex.ADVERB + "\\s++){0,3}" + Regex.VERBS + "\\b") {
        @Override
        int[] starts(String s, int[] verbs, int[] candidates) {
            // An article and up to five words (5 runs of white space), a comma (2), "who" and up to
            // 150 characters (76), a comma (1), three adverbs (9); only where an article begins a word.
            return AnchoredSearch.before(s, verbs, 93, candidates, i -> (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && articleAt(s, i));
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
     * the paragraph's speech verbs ({@link SpeechVerbs#in}) and its {@link #candidates}.
     */
    abstract int[] starts(String s, int[] verbs, int[] candidates);

    /** Calls {@code onMatch} for every match in {@code s}, exactly as a {@code find()} loop would. */
    void find(String s, int[] verbs, Consumer<Matcher> onMatch) {
        find(s, verbs, candidates(s), onMatch);
    }

    /** {@link #find(String, int[], Consumer)} given the paragraph's {@link #candidates}, found once for every shape. */
    void find(String s, int[] verbs, int[] candidates, Consumer<Matcher> onMatch) {
        AnchoredSearch.find(pattern, s, starts(s, verbs, candidates), onMatch);
    }

    /**
     * The positions of {@code s} where a subject can begin, ascending: every capital (or half of a
     * pair), as {@code nameStart} asks, and every word start of a lower-case pronoun or article's
     * first letter ({@code h s t i a o}). Every start {@link #SUBJECT_VERB}, {@link #APPOSITIVE}
     * and {@link #DESCRIBED_APPOSITIVE} accept is one of them (an article's {@code T A O} are
     * capitals), so their windows test these few positions, found in one pass, and not every
     * character once per shape.
     */
    static int[] candidates(String s) {
        char[] c = s.toCharArray();
        int[] out = new int[32];
        int n = 0;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            boolean candidate;
            if (ch < 0x80) {
                candidate = ch >= 'A' && ch <= 'Z' || (ch == 'h' || ch == 's' || ch == 't' || ch == 'i' || ch == 'a'
                        || ch == 'o') && (i == 0 || !Character.isLetterOrDigit(c[i - 1]));
            } else {
                candidate = Character.isUpperCase(ch) || Character.isSurrogate(ch);
            }
            if (candidate) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Where a name can begin: a capital (or half of a character outside the 16-bit range). */
    private static boolean nameStart(String s, int i) {
        char c = s.charAt(i);
        return Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /** Where a lowercase pronoun or article ("he", "the", "a") can begin: at the start of a word. */
    private static boolean pronounOrArticleStart(String s, int i) {
        return "hstiao".indexOf(s.charAt(i)) >= 0 && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
    }

    /**
     * Whether the word at {@code i} is one of {@link Regex#PRONOUN}'s (ending at a word boundary)
     * or {@link Regex#THE}'s articles (followed by white space): where a subject that is no
     * {@link Regex#NAME} can begin.
     */
    static boolean pronounOrArticleAt(String s, int i) {
        for (String p : PRONOUNS) {
            int end = i + p.length();
            if (s.startsWith(p, i) && (end == s.length() || !isAsciiWordChar(s.charAt(end)))) {
                return adverbOrVerbAfter(s, end);
            }
        }
        for (String a : ARTICLES) {
            int end = i + a.length();
            if (s.startsWith(a, i) && end < s.length() && isSpace(s.charAt(end))) {
                return phraseThenAdverbOrVerb(s, end);
            }
        }
        return false;
    }

    private static final List<String> PRONOUNS = List.of("he", "she", "they", "it", "He", "She", "They", "It");
    /** The words a described speaker opens with ({@link Regex#ARTICLE}), in both cases. */
    static final List<String> ARTICLES = List.of("the", "The", "a", "A", "an", "An", "one", "One");

    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "van", "von", "der", "da",
            "di", "du", "le", "la", "del", "abu", "bint");
    private static final Set<String> PARTICLES_OF_FROM;

    static {
        Set<String> p = new HashSet<>(PARTICLES);
        p.add("of");
        p.add("from");
        p.add("himself"); // "Clinton herself, speaking in Philadelphia, said"
        p.add("herself");
        PARTICLES_OF_FROM = Set.copyOf(p);
    }

    /** Whether one of {@link Regex#THE}'s articles, followed by white space, stands at {@code i}. */
    static boolean articleAt(String s, int i) {
        for (String a : ARTICLES) {
            int end = i + a.length();
            if (s.startsWith(a, i) && end < s.length() && isSpace(s.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@link Regex#NAME} starting at {@code i} (a capital) can be followed as the patterns
     * need: its words ({@link Regex#CAP}s, particles, and for an appositive "of", "from", "himself"
     * or "herself") run, one white-space run apart, up to a comma, or (unless {@code toComma}) up to
     * a word beginning with an ASCII lower-case letter (every adverb and speech verb does). A word holding any other
     * character, or anything else after the words, and no match can begin at {@code i}: a {@code
     * CAP} ends only at white space or a comma, and no adverb or verb is capitalised or a particle.
     */
    static boolean namesThen(String s, int i, boolean toComma) {
        int n = s.length();
        int at = i;
        boolean first = true;
        boolean possessive = false;
        while (true) {
            int end = at;
            while (end < n && isNameChar(s.charAt(end))) {
                end++;
            }
            if (end == at) {
                return false;
            }
            char c = s.charAt(at);
            boolean nameWord = first || Character.isUpperCase(c) || Character.isSurrogate(c)
                    || PARTICLES_OF_FROM.contains(s.substring(at, end));
            if (!nameWord) {
                // "Schumer's office said": what the name owns may stand before the verb
                return !toComma && (possessive || adverbOrVerbAt(s, at));
            }
            first = false;
            possessive = end - at > 2 && s.charAt(end - 1) == 's' && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '’');
            if (end == n) {
                return false;
            }
            int next = end;
            while (next < n && isSpace(s.charAt(next))) {
                next++;
            }
            if (next == n) {
                return false;
            }
            if (s.charAt(next) == ',') {
                int aged = afterAge(s, next);
                return toComma ? appositiveThenVerb(s, next) || aged >= 0 && appositiveThenVerb(s, aged)
                        : adverbOrVerbAfter(s, next);
            }
            if (next == end) {
                return false; // neither white space nor a comma after a word
            }
            at = next;
        }
    }

    /**
     * Whether an appositive can open with the comma at {@code comma} and be followed by a verb, as
     * {@code ,[^,"“”«»]{1,150}+,\\s*+(?:ADVERB\\s++){0,3}VERBS} needs: the next comma or quotation
     * mark is a comma, one to 150 characters on, and an adverb or verb can follow it.
     */
    private static boolean appositiveThenVerb(String s, int comma) {
        int i = comma + 1;
        while (i < s.length() && ",\"“”«»".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        int between = i - comma - 1;
        if (i < s.length() && s.charAt(i) == ',' && between >= 1 && between <= 150 && adverbOrVerbAfter(s, i + 1)) {
            return true;
        }
        return describedThenVerb(s, comma);
    }

    /**
     * Whether {@link Regex#DESCRIPTION_WITH_COMMAS} can follow the comma at {@code comma}: an
     * article and a lower-case word open it, and a comma one to 150 characters on, with no quotation
     * mark before it, is followed by what {@link #adverbOrVerbAfter} asks.
     */
    private static boolean describedThenVerb(String s, int comma) {
        int a = comma + 1;
        while (a < s.length() && isSpace(s.charAt(a))) {
            a++;
        }
        if (!articleAt(s, a)) {
            return false;
        }
        while (a < s.length() && !isSpace(s.charAt(a))) {
            a++; // the article
        }
        while (a < s.length() && isSpace(s.charAt(a))) {
            a++;
        }
        if (a == s.length() || !Character.isLowerCase(s.charAt(a))) {
            return false;
        }
        for (int i = comma + 2; i < s.length() && i <= comma + 151; i++) {
            char c = s.charAt(i);
            if ("\"“”«»".indexOf(c) >= 0) {
                return false;
            }
            if (c == ',' && adverbOrVerbAfter(s, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words after an article at {@code from} can be the rest of a {@link Regex#THE}
     * subject followed by an adverb or verb: one to five runs of {@code [\\p{L}\\d’'.-]} (here also
     * halves of pairs), one white-space run apart, the last followed by what
     * {@link #adverbOrVerbAfter} asks.
     */
    private static boolean phraseThenAdverbOrVerb(String s, int from) {
        int i = from;
        for (int word = 0; word < 5; word++) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && isPhraseChar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
            if (adverbOrVerbAfter(s, i)) {
                return true;
            }
            if (i == s.length() || !isSpace(s.charAt(i))) {
                return false;
            }
        }
        return false;
    }

    /** A character of a word of {@link Regex#THE} ({@code [\\p{L}\\d’'.-]}), or half of a pair. */
    private static boolean isPhraseChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '.'
                    || c == '-';
        }
        return Character.isLetter(c) || Character.isSurrogate(c) || c == '’';
    }

    /**
     * Whether an adverb or a speech verb can follow a subject ending at {@code from}, after white
     * space and perhaps a comma, as {@code (?:\\s*+,)?\\s++(?:ADVERB\\s++){0,3}VERBS\\b} needs.
     */
    private static boolean adverbOrVerbAfter(String s, int from) {
        int comma = from;
        while (comma < s.length() && isSpace(s.charAt(comma))) {
            comma++;
        }
        int age = ageEnd(s, comma); // "Roe, 54, said", "Roe, 54 said"
        return age >= 0 && adverbOrVerbAfterSubject(s, age) || adverbOrVerbAfterSubject(s, from);
    }

    /**
     * Where the digits of an age end after the comma at {@code comma} ({@code , 54}: white space,
     * one to three digits and no fourth, as {@link Regex#AGE} reads them), or -1.
     */
    private static int ageEnd(String s, int comma) {
        if (comma >= s.length() || s.charAt(comma) != ',') {
            return -1;
        }
        int i = comma + 1;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == start || i - start > 3 ? -1 : i;
    }

    /**
     * The comma after an age that follows the comma at {@code comma} ({@code , 54,}), or -1: where
     * an appositive or a verb is looked for when a name is followed by its bearer's age.
     */
    private static int afterAge(String s, int comma) {
        int i = ageEnd(s, comma);
        if (i < 0) {
            return -1;
        }
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && s.charAt(i) == ',' ? i : -1;
    }

    /** {@link #adverbOrVerbAfter} with no age: white space, perhaps a comma, then an adverb or verb. */
    private static boolean adverbOrVerbAfterSubject(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ',') {
            i++;
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
        }
        return adverbOrVerbAt(s, i);
    }

    /**
     * Whether the run of ASCII lower-case letters at {@code i} is an adverb's first word or a
     * speech verb: each is followed by white space or a word boundary, so it is the whole run.
     */
    private static boolean adverbOrVerbAt(String s, int i) {
        int end = i;
        while (end < s.length() && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
            end++;
        }
        return end > i && ADVERB_OR_VERB.contains(s.substring(i, end));
    }

    /**
     * The first words of {@link Regex#ADVERB}'s alternatives ({@code also}, {@code on} of {@code on
     * Monday}, {@code in} of {@code in a statement}) and every speech verb: what may follow a subject.
     */
    private static final Set<String> ADVERB_OR_VERB;

    static {
        Set<String> words = new HashSet<>(SpeechVerbs.WORDS);
        String alternatives = Regex.ADVERB.substring("(?:".length(), Regex.ADVERB.length() - 1);
        for (String alternative : alternatives.split("\\|")) {
            String first = alternative.split(" ")[0];
            if (!first.matches("[a-z]+")) {
                throw new IllegalStateException("an adverb that begins with no plain word: " + alternative);
            }
            words.add(first);
        }
        ADVERB_OR_VERB = Set.copyOf(words);
    }

    /** A character a {@link Regex#CAP} or a particle can hold ({@code [\p{L}\p{M}’'.-]}, or half of a pair). */
    private static boolean isNameChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '.' || c == '-';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || Character.isSurrogate(c) || c == '’' || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** White space as the patterns' {@code \s} means it: ASCII only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A character no {@code \b} after a pronoun can be followed by: {@code [a-zA-Z0-9_]} (the
     * patterns' boundary also counts every other letter and digit, so this passes more, never fewer).
     */
    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The parts the patterns are built of. */
    static final class Regex {
        static final String VERBS = SpeechVerbs.REGEX;
        static final String CAP = "\\p{Lu}[\\p{L}\\p{M}’'.-]*";
        static final String PARTICLE = "(?:al|el|bin|ibn|de|van|von|der|da|di|du|le|la|del|abu|bint)";
        static final String NAME = CAP + "(?:\\s++(?:" + PARTICLE + "\\s++)?" + CAP + "){0,5}";
        /**
         * What opens a described speaker: an article, or "one" as news uses it of an unnamed source
         * ({@code one GOP senator said}, {@code said one official}), not where it counts or
         * belongs to a phrase ({@code one of them}, {@code one day}, {@code one has said}).
         */
        static final String ARTICLE = "(?:[Tt]he|[Aa]n?|[Oo]ne(?!\\s++(?:of|has|had|have|is|was|were|would|will"
                + "|could|can|should|must|may|might|day|time|thing|way|more|another|who|that|which)\\b))";
        // A subject starts at a word, never inside one ("banana said").
        static final String THE = "\\b" + ARTICLE + "\\s++(?:[\\p{L}\\d’'.-]++\\s++){0,4}?[\\p{L}\\d’'.-]++";
        /**
         * Looked at before each character of an appositive: not the end of a sentence, a word of
         * two lower-case letters or more followed by a full stop and white space ({@code praised
         * the workers. Tom Kerr, the governor, announced} holds no appositive to the name before
         * it), while an abbreviation's stop ({@code U.S. Army}, {@code aide to Gov. Tom Kerr})
         * is inside one.
         */
        static final String IN_SENTENCE = "(?!\\b\\p{Ll}{2,}+\\.\\s)";
        /** A person's age after their name, as news gives it: {@code Jane Roe, 54, said}. */
        static final String AGE = "(?:\\s*+,\\s*+\\d{1,3}(?!\\d))?";
        /** Where a clause ends, looked at but not taken: punctuation or the end of the text. */
        static final String ENDS_CLAUSE = "(?=\\s*+(?:[,.;:!?]|$))";
        /**
         * An appositive that opens with an article and may hold commas of its own ({@code a fellow
         * at an institute in Munich, Germany, and co-author of the study}), up to the first comma
         * a speech verb follows: a description, where commas without an article would more often
         * part a list of names. Its article is followed by a lower-case word ({@code a spokesperson
         * for X, the U.S. operation in Syria,}), since one followed by a capital more often opens a
         * name of its own ({@code On Monday, the People's Daily, the party's paper, warned}: no
         * appositive to "On Monday").
         */
        static final String DESCRIPTION_WITH_COMMAS = "(?=\\s*+(?:[Aa]n?|[Tt]he)\\s++\\p{Ll})(?:" + IN_SENTENCE
                + "[^\"“”«»]){1,150}?";
        /** What a description word is not: a preposition, article, conjunction or time word. */
        static final String DESCRIPTION_WORD = "(?!(?:on|in|at|by|to|of|for|with|from|about|after|before|during|a|an"
                + "|the|that|this|last|earlier|later|also|then|again|and|but|or|who|which|as)\\b)";
        /**
         * A "the" (or "a") phrase running to the end of its clause: {@code said the ministry's
         * spokesman.}, {@code according to a hospital spokeswoman.}
         */
        static final String THE_WHOLE =
                ARTICLE + "\\s+(?:[\\p{L}\\d’'.-]+\\s+){0,4}[\\p{L}\\d’'.-]+" + ENDS_CLAUSE;
        /**
         * Up to three words describing the person named next ({@code fisherman}, {@code Republican
         * pollster}), the last in lower case so that no part of the name is taken for one, and taken
         * only when that name ends its clause or, if it has two words or more, is followed by where
         * or when they spoke ({@code said geologist Rosa Lopes of NASA}, {@code on Monday}): a title
         * of one word followed by more ({@code said former Secretary of State X}) is no name, and no
         * preposition, article or time word is a description ({@code said on Monday}).
         */
        static final String DESCRIBED = "(?:(?:" + DESCRIPTION_WORD + "[\\p{L}’'-]++\\s++){0,2}" + DESCRIPTION_WORD
                + "\\p{Ll}[\\p{L}’'-]*+\\s++(?=" + NAME + ENDS_CLAUSE + "|" + CAP + "\\s++" + NAME
                + "\\s++(?:of|from|at|with|in|on)\\b))?";
        /** The word that opens an office named with "of" or "for" ({@code Secretary of State}). */
        static final String OFFICE = "(?:Secretary|Minister|Director|Chairman|Chairwoman|Chair|Chief|Head|Governor"
                + "|Ambassador|Commissioner|Administrator|Speaker|President|Leader)";
        /**
         * An office named with "of" and its holder's name ({@code Secretary of State Jane Roe},
         * {@code White House Chief of Staff X}, {@code Chairman of the Joint Chiefs of Staff X}),
         * which {@link #NAME} stops short of at "of"; {@link Names#clean} keeps the holder's name.
         */
        static final String OFFICE_OF = "(?:" + CAP + "\\s++){0,2}" + OFFICE + "\\s++"
                + "(?:of|for)\\s++(?:the\\s++)?" + NAME + "(?:\\s++of\\s++(?:the\\s++)?" + NAME + ")?";
        /**
         * Where a person named in full is from, between the name and the verb: {@code Sen. Jane Roe of
         * Ohio said}. The name has two words or more, so that no office ({@code Secretary of State
         * X said}) or institution ({@code Bank of America said}) is read as a person and a place.
         */
        static final String PLACE = "(?:(?<=\\p{Lu}[\\p{L}\\p{M}’'.-]{0,40}\\s{1,9}\\p{Lu}[\\p{L}\\p{M}’'.-]{0,40})"
                + "(?<place>\\s++(?:of|from)\\s++" + CAP + "(?:\\s++" + CAP + ")?))?";
        /**
         * Someone's spokesman, aide or lawyer, to the end of the clause: {@code said Jane Roe's
         * spokesman.}; {@code said Jane Roe's spokesman, Al Doe.} and {@code said her rival, Pete
         * Buttigieg.} name the spokesman and the rival ({@code SpeakerResolver}). Before {@link
         * #NAME}, which would stop at the possessive.
         */
        static final String POSSESSIVE_ROLE = "(?:" + NAME + "(?<=['’]s)|\\b(?:his|her|their))"
                + "(?:\\s++\\p{Ll}[\\p{L}’'-]*+){1,3}" + ENDS_CLAUSE;
        static final String PRONOUN = "\\b(?:he|she|they|it|He|She|They|It)\\b";
        /** Someone's office, campaign or lawyer before the verb: {@code Schumer's office said}. */
        static final String POSSESSED = NAME + "(?<=['’]s)(?:\\s++\\p{Ll}[\\p{L}’'-]*+){1,2}";
        static final String SUBJECT = "(?<subj>" + PRONOUN + "|" + POSSESSED + "|" + NAME + "|" + THE + ")";
        static final String ADVERB = "(?:also|later|earlier|then|again|further|previously|recently|once"
                + "|has|had|have|was|were|is|would|will|flatly|repeatedly|separately|publicly|however|only"
                + "|himself|herself|themselves"
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
