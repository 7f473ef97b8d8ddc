package org.gloss.core;

/**
 * Makes text from a file safe to print in a message: control characters are written as escapes
 * (so a newline in a file name cannot forge an {@code error:} line and ESC cannot drive the
 * terminal), and a value quoted back is cut short (so a huge value cannot make a huge line).
 */
public final class MessageText {

    /** The most characters of a value a message quotes back. */
    static final int MAX_EXCERPT = 80;

    private MessageText() {
    }

    /** {@code value}, cut to {@value #MAX_EXCERPT} characters with "…" when longer. */
    public static String excerpt(String value) {
        if (value == null || value.length() <= MAX_EXCERPT) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_EXCERPT - 1)) ? MAX_EXCERPT - 1 : MAX_EXCERPT;
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }

    /**
     * {@code text} with every C0 and C1 control character, DEL, and the line and paragraph
     * separators written as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \e}, {@code \x7f},
     * {@code \u2028}).
     */
    static String escapeControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape == null) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            b.append(escape);
        }
        return b == null ? text : b.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case 0x1B: return "\\e";
            case '\\': return null;
            default:
                if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                    return String.format("\\x%02x", (int) c);
                }
                if (c == '\u2028' || c == '\u2029' || c == '\u202E' || c == '\u202D') {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }
}
