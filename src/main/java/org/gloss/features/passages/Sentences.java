package org.gloss.features.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gloss.features.quotations.QuoteScanner;

/**
 * Splits a block's text into sentences: at a full stop, question or exclamation mark followed by
 * a space and a capital, digit or quotation mark, but not after an abbreviation ({@code U.S.},
 * {@code Mr.}, an initial).
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep",
            "lt", "col", "gov", "prof", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
            "oct", "nov", "dec", "inc", "ltd", "co", "corp", "maj", "capt", "adm", "sgt", "rev", "est", "approx");

    /** Opening brackets and quotation marks before a word; compiled once, as this runs at every full stop. */
    private static final Pattern OPENING_MARKS = Pattern.compile("^[\\p{Ps}\\p{Pi}\"']+");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private Sentences() {
    }

    /** {@code [start, end)} pairs covering the sentences of {@code s}, leading spaces excluded. */
    static List<int[]> split(String s) {
        List<int[]> out = new ArrayList<>();
        int start = skipSpace(s, 0);
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && boundaryAfter(s, i) && !abbreviation(s, i)) {
                int end = i + 1;
                while (end < s.length() && "\"”’'»)".indexOf(s.charAt(end)) >= 0) {
                    end++;
                }
                out.add(new int[] {start, end});
                start = skipSpace(s, end);
                i = start - 1;
            }
        }
        if (start < s.length()) {
            out.add(new int[] {start, s.length()});
        }
        return out;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && QuoteScanner.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean boundaryAfter(String s, int i) {
        int j = i + 1;
        while (j < s.length() && "\"”’'»)".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j >= s.length() || !QuoteScanner.isSpace(s.charAt(j))) {
            return false;
        }
        j = skipSpace(s, j);
        if (j >= s.length()) {
            return false;
        }
        char n = s.charAt(j);
        return Character.isUpperCase(n) || Character.isDigit(n) || "\"“‘'«(".indexOf(n) >= 0;
    }

    private static boolean abbreviation(String s, int dot) {
        if (s.charAt(dot) != '.') {
            return false;
        }
        int b = dot;
        while (b > 0 && !QuoteScanner.isSpace(s.charAt(b - 1))) {
            b--;
        }
        String word = OPENING_MARKS.matcher(s.substring(b, dot)).replaceAll("");
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || INITIALS.matcher(word).matches() // U.S, U.N
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
