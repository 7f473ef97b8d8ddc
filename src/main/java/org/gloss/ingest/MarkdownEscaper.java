package org.gloss.ingest;

import java.util.regex.Pattern;

/**
 * Escapes plain text so that Markdown renders exactly those characters: only what Markdown would
 * otherwise read as syntax gets a backslash, so the words stay as printed.
 */
final class MarkdownEscaper {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#>+=~-]|\\d+[.)])(?=\\s|$)");

    private MarkdownEscaper() {
    }

    /** Escapes one paragraph (a single line of text). */
    static String escape(String text) {
        String s = INLINE.matcher(text).replaceAll("\\\\$1");
        return BLOCK_START.matcher(s).replaceFirst(m -> {
            String marker = m.group(2);
            // "1." needs the backslash before the dot; "#", "-" and the like before the marker.
            String escaped = Character.isDigit(marker.charAt(0))
                    ? marker.substring(0, marker.length() - 1) + "\\\\" + marker.charAt(marker.length() - 1)
                    : "\\\\" + marker;
            return m.group(1) + escaped;
        });
    }
}
