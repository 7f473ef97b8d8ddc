package org.gloss.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A long text kept for the whole build (an article's Markdown) in as few bytes as it can be held
 * without losing a character.
 *
 * <p>Java keeps a string one byte a character only while every character is Latin-1; one curly
 * quote or dash makes the whole string two bytes a character. News text has one in most articles
 * and few anywhere, so such a text is kept here as UTF-8 (about one byte a character) and made a
 * string again when it is read. Every article's body is held from ingest until its page is made;
 * held as strings, the half of them with a curly quote cost about 3 KB an article more at 100,000
 * articles (docs/PERFORMANCE.md, "Memory"). Reading makes a new string each time: callers that
 * read it often in one step keep the string for that step.
 */
public final class CompactText {

    private static final CompactText EMPTY = new CompactText("", null, 0);

    /**
     * The text itself when every character is Latin-1 (Java holds it one byte a character), or
     * when it has a lone surrogate, which UTF-8 cannot hold.
     */
    private final String string;
    /** Otherwise the text in UTF-8. */
    private final byte[] utf8;
    /** The text's length in chars, kept so that asking for it decodes nothing (the object is no larger for it). */
    private final int length;

    private CompactText(String string, byte[] utf8, int length) {
        this.string = string;
        this.utf8 = utf8;
        this.length = length;
    }

    /** {@code text}, held compactly. */
    public static CompactText of(String text) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        boolean latin1 = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                latin1 = false;
            } else if (Character.isSurrogate(c)) {
                return new CompactText(text, null, text.length());
            } else if (c > 0xFF) {
                latin1 = false;
            }
        }
        return latin1 ? new CompactText(text, null, text.length())
                : new CompactText(null, text.getBytes(StandardCharsets.UTF_8), text.length());
    }

    /** The text's length in chars, as {@code toString().length()}. */
    public int length() {
        return length;
    }

    /** The text (a new string each time where it is held as UTF-8). */
    @Override
    public String toString() {
        return string != null ? string : new String(utf8, StandardCharsets.UTF_8);
    }

    /** How many bytes the text's characters take as held (what this class is for; tested). */
    int heldBytes() {
        if (utf8 != null) {
            return utf8.length;
        }
        for (int i = 0; i < string.length(); i++) {
            if (string.charAt(i) > 0xFF) {
                return 2 * string.length();
            }
        }
        return string.length();
    }

    /** The same text: {@link #of} holds one text one way only, so the forms are compared as held. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CompactText c
                && (string != null ? string.equals(c.string) : Arrays.equals(utf8, c.utf8));
    }

    @Override
    public int hashCode() {
        return string != null ? string.hashCode() : Arrays.hashCode(utf8);
    }
}
