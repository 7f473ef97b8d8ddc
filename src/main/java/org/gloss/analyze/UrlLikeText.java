package org.gloss.analyze;

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
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            int end = m.end();
            // A sentence may end right after a URL: its closing punctuation is not part of it.
            while (end > m.start() && ".,;:!?)]'".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            bits.set(m.start(), end);
        }
        return bits;
    }
}
