package org.gloss.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Shape tests for one line of copied text: how long it is, how it ends, whether it reads as a sentence. */
final class TextLines {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u200b\\ufeff]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "but", "to", "in",
            "on", "at", "for", "with", "by", "from", "as", "that", "which", "who", "his", "her", "its", "their",
            "is", "was", "were", "are", "be", "has", "have", "had", "will", "would", "not", "than", "into", "about");

    private TextLines() {
    }

    /** Whitespace of every kind (no-break spaces included) collapsed to single spaces, ends stripped. */
    static String normalizeSpace(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The line without closing quotes and brackets at its end. */
    private static String withoutClosers(String s) {
        return s.strip().replaceAll("[\"”’'»)\\]*]+$", "");
    }

    /** True when the line ends as a sentence does: full stop, question or exclamation mark, ellipsis. */
    static boolean endsSentence(String s) {
        String t = withoutClosers(s);
        // Latin full stops and marks, and the Arabic question mark, Urdu full stop, Devanagari danda
        // and ideographic full stop, so stories in those scripts are found as stories too.
        return !t.isEmpty() && ".!?…؟۔।。".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** True when the line ends with no punctuation at all, as a heading or a broken-off sentence does. */
    static boolean endsBare(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.isLetterOrDigit(t.codePointBefore(t.length()));
    }

    /**
     * True when the line starts as a sentence or headline may: a capital, a digit, or a letter of
     * a script without case (Arabic, Hebrew, Chinese, Devanagari...), where no line starts lower.
     */
    static boolean startsUpper(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        int c = t.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || (Character.isLetter(c) && isCaseless(c));
    }

    /** A letter that has no upper or lower case form. */
    private static boolean isCaseless(int c) {
        return !Character.isLowerCase(c) && !Character.isTitleCase(c) && Character.toUpperCase(c) == c
                && Character.toLowerCase(c) == c;
    }

    static boolean startsLower(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1].replaceAll("[^\\p{L}\\d]", "");
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A paragraph of story text: a dozen words or more that end as a sentence, or several sentences. */
    static boolean isStory(String s) {
        return words(s) >= 12 && (endsSentence(s) || s.matches(".*[.!?][\"”’]?\\s+\\p{Lu}.*"));
    }

    /** A line every word of which is capitalised: a name ("Middle East Eye"), not a sentence. */
    static boolean isNameLike(String s, int maxWords) {
        String[] w = s.strip().split("\\s+");
        if (w.length == 0 || w.length > maxWords || s.matches(".*[.!?,:;\"“”].*")) {
            return false;
        }
        for (String word : w) {
            if (!(Character.isUpperCase(word.codePointAt(0)) || word.equals("&") || isFunctionWord(word))) {
                return false;
            }
        }
        return Character.isUpperCase(w[0].codePointAt(0));
    }

    /** Letters and digits only, lower case: for comparing two printings of the same line. */
    static String key(String s) {
        return InlineMarkdown.plain(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", "");
    }

    /** Trailing spaces dropped, runs of blank lines made one, one final newline. */
    static String normalizeBlankLines(String md) {
        String s = md.replace('\u00a0', ' ').replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
        return s.isEmpty() ? "" : s + "\n";
    }
}
