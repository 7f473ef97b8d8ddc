package org.gloss.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the author from a byline: "By Jane Doe", "By [Reuters](#)", "Posted by Jane Doe",
 * "By Jane Doe, Beirut", "Written by Jane Doe and John Roe", "Author: Jane Doe".
 * A byline may carry the date too ("By Jane Doe | May 3, 2019", "Posted by X on 2020-02-05").
 */
public final class BylineParser {

    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:(?:posted|written|reported|words|story|text|compiled)\\s+)?by:?\\s+(.+)$");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)^(?:author|authors|reporter|writer)\\s*:\\s*(.+)$");
    private static final Pattern DATE_TAIL = Pattern.compile(
            "(?i)\\s*(?:[|•·,–—-]|\\bon\\b|\\bupdated\\b|\\bpublished\\b)\\s*(?=.*\\d{4}).*$");
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} .'-]*$");
    private static final Pattern ROLE_TAIL = Pattern.compile("(?i),?\\s*(?:[|•·–—]\\s*|\\s+-\\s+).*$");
    private static final int MAX_WORDS = 12;

    private BylineParser() {
    }

    /** The author a byline line names, or empty when the line is not a byline. */
    public static Optional<String> author(String line) {
        String plain = InlineMarkdown.plain(line).strip();
        Matcher m = BYLINE.matcher(plain);
        if (!m.matches()) {
            m = AUTHOR_LABEL.matcher(plain);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String who = m.group(1).strip();
        if (!Character.isUpperCase(who.codePointAt(0)) || who.split("\\s+").length > MAX_WORDS
                || who.matches(".*[.!?][\"”’]?$") && !who.matches(".*\\b\\p{Lu}\\.$")) {
            return Optional.empty();
        }
        who = DATE_TAIL.matcher(who).replaceFirst("");
        who = ROLE_TAIL.matcher(who).replaceFirst("");
        int comma = who.indexOf(',');
        if (comma > 0) {
            who = who.substring(0, comma); // "By Jane Doe, Beirut" / "By Jane Doe, staff writer"
        }
        who = PLACE_TAIL.matcher(who).replaceFirst("").strip();
        return who.isEmpty() ? Optional.empty() : Optional.of(who);
    }

    /** The date a byline line carries after the name, if any. */
    public static Optional<java.time.LocalDate> date(String line) {
        String plain = InlineMarkdown.plain(line);
        return BYLINE.matcher(plain.strip()).matches() ? DateParser.findDate(plain) : Optional.empty();
    }
}
