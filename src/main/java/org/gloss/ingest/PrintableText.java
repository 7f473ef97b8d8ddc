package org.gloss.ingest;

/**
 * Removes from text what no page, feed or terminal should receive: C0 and C1 control characters
 * but tab and newline (a NUL or ESC reached HTML pages), DEL, the noncharacters U+FFFE and U+FFFF
 * and unpaired surrogates (any of them makes {@code feed.xml} malformed XML; a lone surrogate
 * becomes U+FFFD). Applied to every file as it is read, and to every YAML value.
 */
final class PrintableText {

    private PrintableText() {
    }

    /** {@code text} without those characters; the same string when it has none. */
    static String of(String text) {
        int first = firstUnprintable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else if (!isDropped(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c >= 0xA0 && c < 0xD800) {
                continue; // almost every character: printable ASCII, a newline, most of the BMP
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isDropped(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0) || c == '\uFFFE' || c == '\uFFFF';
    }
}
