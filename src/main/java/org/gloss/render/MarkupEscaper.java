package org.gloss.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's {@code html} escaping, character for character: the five characters that mean
 * something in markup become {@code &amp; &lt; &gt; &quot; &#39;}, as unbescape's
 * {@code escapeHtml4Xml} (Pebble's default) writes them. Done here because unbescape builds its
 * tables of every named entity on first use, which costs a small site more than its templates.
 */
final class MarkupEscaper implements EscapingStrategy {

    @Override
    public String escape(String input) {
        int first = firstToEscape(input);
        if (first < 0) {
            return input;
        }
        StringBuilder out = new StringBuilder(input.length() + 16).append(input, 0, first);
        for (int i = first; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return i;
            }
        }
        return -1;
    }
}
