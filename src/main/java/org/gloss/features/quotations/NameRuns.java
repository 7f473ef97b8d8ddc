package org.gloss.features.quotations;

import java.util.Set;

/**
 * The runs of {@link AttributionShape.Regex#NAME} a {@code find()} loop over a paragraph gives,
 * read by hand: every person the article names is looked for in every paragraph, and the pattern
 * through the regex engine at each capital was the largest single part of finding them. The
 * pattern has one way to match at a capital — each word's letters run as far as they go, since
 * only white space may follow; a particle counts only when a capitalised word follows it — so a
 * scan that takes the longest run is its match ({@code PersonRunsDifferentialTest} pins it to
 * the regex).
 */
final class NameRuns {

    /** What {@link NameRuns#find} reports: one run, {@code [start, end)} of the text. */
    @FunctionalInterface
    interface Run {
        void accept(int start, int end);
    }

    /** The particles of {@link AttributionShape.Regex#PARTICLE}, read from the pattern itself. */
    private static final Set<String> PARTICLES = Set.of(AttributionShape.Regex.PARTICLE
            .substring("(?:".length(), AttributionShape.Regex.PARTICLE.length() - 1).split("\\|"));
    /** {@code {0,5}}: how many words may follow the first. */
    private static final int MORE_WORDS = 5;

    private NameRuns() {
    }

    /** Calls {@code onRun} for each match of a {@code find()} loop of the name pattern in {@code s}, in order. */
    static void find(String s, Run onRun) {
        char[] c = s.toCharArray();
        int n = c.length;
        for (int i = 0; i < n; ) {
            char ch = c[i];
            boolean capital = ch < 0x80 ? ch >= 'A' && ch <= 'Z'
                    : (Character.isUpperCase(ch) || Character.isSurrogate(ch)) && isCapital(Character.codePointAt(c, i));
            if (!capital) {
                i++;
                continue;
            }
            int end = end(c, i);
            onRun.accept(i, end);
            i = end;
        }
    }

    /** Where the run that begins with the capital at {@code i} ends. */
    private static int end(char[] c, int i) {
        int n = c.length;
        int end = capEnd(c, i);
        for (int w = 0; w < MORE_WORDS; w++) {
            int p = end;
            while (p < n && isSpace(c[p])) {
                p++;
            }
            if (p == end || p == n) {
                break;
            }
            int word = p;
            int r = p;
            while (r < n && !isSpace(c[r])) {
                r++;
            }
            if (r < n && r - p <= 4 && PARTICLES.contains(new String(c, p, r - p))) {
                int q = r;
                while (q < n && isSpace(c[q])) {
                    q++;
                }
                if (q < n && isCapital(Character.codePointAt(c, q))) {
                    word = q;
                }
            }
            if (!isCapital(Character.codePointAt(c, word))) {
                break;
            }
            end = capEnd(c, word);
        }
        return end;
    }

    /** Where the word of {@code [\p{L}\p{M}’'.-]*} after the capital at {@code i} ends. */
    private static int capEnd(char[] c, int i) {
        int j = i + Character.charCount(Character.codePointAt(c, i));
        while (j < c.length) {
            char ch = c[j];
            if (ch < 0x80) {
                if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '\'' || ch == '.' || ch == '-') {
                    j++;
                    continue;
                }
                break;
            }
            int cp = Character.codePointAt(c, j);
            if (!isNameCodePoint(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    /** {@code \p{Lu}}. */
    private static boolean isCapital(int cp) {
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** {@code [\p{L}\p{M}’'.-]} beyond ASCII. */
    private static boolean isNameCodePoint(int cp) {
        if (cp == '’' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** White space as the pattern's {@code \s} means it: ASCII only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
