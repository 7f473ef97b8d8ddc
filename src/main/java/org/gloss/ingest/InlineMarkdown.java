package org.gloss.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one line of text copied from a web page into Markdown: the words are escaped so they
 * render exactly as printed, links that lead somewhere stay links, and dead anchors
 * ({@code [text](#)}, {@code javascript:}) become their plain text.
 */
final class InlineMarkdown {

    /** A Markdown link as copy-paste tools print it: {@code [text](target)}. */
    static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\(([^()\\s]*(?:\\([^()\\s]*\\))?[^()\\s]*)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^\\s<>]+)>");

    private InlineMarkdown() {
    }

    /** The line as Markdown. */
    static String toMarkdown(String line) {
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(line);
        int last = 0;
        while (m.find()) {
            out.append(escapeText(line.substring(last, m.start())));
            String text = m.group(1);
            String target = m.group(2);
            if (isRealTarget(target) && !text.isBlank()) {
                out.append('[').append(MarkdownEscaper.escape(text)).append("](").append(target).append(')');
            } else {
                out.append(MarkdownEscaper.escape(text));
            }
            last = m.end();
        }
        out.append(escapeText(line.substring(last)));
        return out.toString();
    }

    /** The line's words without link markup: what a reader sees. */
    static String plain(String line) {
        return AUTOLINK.matcher(LINK.matcher(line).replaceAll("$1")).replaceAll("$1");
    }

    /** True when the line holds nothing but links (a related-stories list, a share bar). */
    static boolean isLinkOnly(String line) {
        String rest = LINK.matcher(line).replaceAll("");
        return !rest.equals(line) && rest.replaceAll("[\\s|•·,/–—-]", "").isEmpty();
    }

    static boolean isRealTarget(String target) {
        String t = target.strip().toLowerCase(java.util.Locale.ROOT);
        // A relative target cannot be followed once the text has left its page.
        return t.startsWith("https://") || t.startsWith("http://") || t.startsWith("mailto:");
    }

    private static String escapeText(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = AUTOLINK.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(MarkdownEscaper.escape(text.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        out.append(last == 0 ? MarkdownEscaper.escape(text) : MarkdownEscaper.escape(text.substring(last)));
        return out.toString();
    }
}
