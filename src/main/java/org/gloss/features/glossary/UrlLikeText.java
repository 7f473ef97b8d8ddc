package org.gloss.features.glossary;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of plain text that are addresses rather than words — URLs printed as text,
 * bare domains with paths, e-mail addresses, {@code @handles} and {@code #hashtags} — where a
 * glossary term must never be marked ({@code https://example.com/sdf-news}).
 */
final class UrlLikeText {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9+.-]*://|www\\.|mailto:)[^\\s<>\"]*"          // scheme or www. onwards
                    + "|[^\\s<>\"@]+@[^\\s<>\"@]+\\.[^\\s<>\"]+"                 // e-mail
                    + "|(?<![\\p{L}\\p{N}@.])[@#][\\p{L}\\p{N}_]+"              // @handle, #hashtag
                    + "|(?<![\\p{L}\\p{N}.-])(?:[a-z0-9-]+\\.)+[a-z]{2,}/[^\\s<>\"]*"); // domain.tld/path

    private UrlLikeText() {
    }

    /** The offsets of {@code text} that belong to an address. */
    static BitSet in(String text) {
        BitSet bits = new BitSet(text.length());
        Matcher m = ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // Every address lies inside one run of non-space characters and holds one of ':@#/' or
        // "www.": running the pattern only on such runs finds the same matches (the lookbehinds
        // still see the text before, through transparent bounds) without trying four
        // alternatives at every letter of plain prose.
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start && mayHoldAddress(text, start, i)) {
                m.region(start, i);
                while (m.find()) {
                    mark(bits, text, m.start(), m.end());
                }
            }
        }
        return bits;
    }

    private static void mark(BitSet bits, String text, int start, int end) {
        // A sentence may end right after a URL: its closing punctuation is not part of it.
        while (end > start && ".,;:!?)]'".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        bits.set(start, end);
    }

    /** The characters {@code \\s} stands for in the pattern (ASCII white space). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean mayHoldAddress(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '#' || c == '/'
                    || (c == '.' && i >= start + 3 && text.regionMatches(true, i - 3, "www", 0, 3))) {
                return true;
            }
        }
        return false;
    }
}
