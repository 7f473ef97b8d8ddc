package org.gloss.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the author from a byline: "By Jane Doe", "By [Reuters](#)", "Posted by Jane Doe",
 * "By Jane Doe, Beirut", "Written by Jane Doe and John Roe", "Author: Jane Doe".
 * A byline may carry the date too ("By Jane Doe | May 3, 2019", "Posted by X on 2020-02-05"),
 * and a role ("Ben Silverman Games Editor"), which is not part of the name.
 */
final class BylineParser {

    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:(?:posted|written|reported|words|story|text|compiled)\\s+)?by:?\\s+(.+)$");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)^(?:author|authors|reporter|writer)\\s*:\\s*(.+)$");
    private static final Pattern DATE_TAIL = Pattern.compile(
            "(?i)\\s*(?:[|•·,–—-]|\\bon\\b|\\bupdated\\b|\\bpublished\\b)\\s*(?=.*\\d{4}).*$");
    /** "Steven Musil January 18": a month and day after the name, with or without a year. */
    private static final Pattern MONTH_DAY_TAIL = Pattern.compile(
            "(?i)\\s+(?:on\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b.*$");
    /** "Joe Wee Monday, February 29": a weekday after the name starts the date. */
    private static final Pattern WEEKDAY_TAIL = Pattern.compile("(?i)\\s+(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
            + "|(?:mon|tue|wed|thu|fri|sat|sun)[.,]).*$");
    /** "Aleš Vávra před 2 hodinami", "Jane Doe 3 hours ago": from the first number on, and the small words before it. */
    private static final Pattern NUMBER_TAIL = Pattern.compile("(?:\\s+\\p{Ll}+)*\\s+\\S*\\d.*$");
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} .'-]*$");
    private static final Pattern ROLE_TAIL = Pattern.compile("(?i),?\\s*(?:[|•·–—]\\s*|\\s+-\\s+).*$");
    private static final Set<String> ROLES = Set.of("editor", "correspondent", "reporter", "writer", "contributor",
            "columnist", "producer", "journalist", "analyst", "critic", "photographer", "staff", "intern",
            "editor-in-chief", "editor-at-large", "director", "manager", "technologist");
    /** Name parts that join a surname to the rest ("Michiel de Jong", "Ursula von der Leyen"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "du", "van", "von", "der",
            "den", "le", "la", "bin", "ibn", "al", "el", "st.");
    /** A one-word label before the name, in any language ("Text: Jane Doe", "Текст: ..."). */
    private static final Pattern LABEL = Pattern.compile("^\\p{L}+\\s*:\\s+(?=\\p{Lu})");
    private static final int MAX_WORDS = 12;
    /** Between a name and an outlet named after it: a comma or a full stop, then a space. */
    private static final Pattern OUTLET_SEPARATOR = Pattern.compile("\\s*[,.]\\s+");

    private BylineParser() {
    }

    /** The author a byline line names, or empty when the line is not a byline. */
    static Optional<String> author(String line) {
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
        return trimmed(who);
    }

    /**
     * The name in a text that the page marks as its author (a {@code rel=author} link, a byline
     * element, an author meta tag): a leading "By" is dropped, and a date or role after the name.
     */
    static Optional<String> name(String text) {
        String t = LABEL.matcher(TextLines.normalizeSpace(InlineMarkdown.plain(text))).replaceFirst("");
        Optional<String> byline = author(t);
        if (byline.isPresent() || t.isEmpty() || t.length() > 100 || !Character.isLetter(t.codePointAt(0))
                || DateParser.dateLine(t).isPresent() || TextLines.endsSentence(t) && !t.matches(".*\\b\\p{Lu}\\.$")) {
            return byline;
        }
        return trimmed(t);
    }

    /**
     * An author as a tag or JSON-LD declares it: kept as given ("Jong, Michiel de" is one name),
     * but without a leading "By" and what follows a bar or dash ("Amy Lee | Metro Media").
     */
    static String declared(String value) {
        String v = TextLines.normalizeSpace(value);
        return author(v).orElseGet(() -> ROLE_TAIL.matcher(v).replaceFirst("").strip());
    }

    /**
     * "Troy L. Smith, Cleveland.com", "Finian Cunningham. Sputnik International": a declared author
     * followed by the outlet that publishes the page (its name, or its address's host) is the person
     * alone. Another outlet's name stays: it says whose writer the page republishes.
     */
    static String withoutOutlet(String author, String outlet, String host) {
        Matcher m = OUTLET_SEPARATOR.matcher(author);
        while (m.find()) {
            String head = author.substring(0, m.start()).strip();
            String tail = author.substring(m.end()).strip();
            if (head.matches(".*\\p{L}.*") && isOutlet(tail, outlet, host)) {
                return head;
            }
        }
        return author;
    }

    private static boolean isOutlet(String tail, String outlet, String host) {
        String key = TextLines.key(tail);
        if (key.isEmpty()) {
            return false;
        }
        if (outlet != null && key.equals(TextLines.key(outlet))) {
            return true;
        }
        String domain = tail.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return host != null && domain.matches("[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}")
                && host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").equals(domain);
    }

    private static Optional<String> trimmed(String name) {
        String who = DATE_TAIL.matcher(name).replaceFirst("");
        who = MONTH_DAY_TAIL.matcher(who).replaceFirst("");
        who = WEEKDAY_TAIL.matcher(who).replaceFirst("");
        who = NUMBER_TAIL.matcher(who).replaceFirst("");
        who = ROLE_TAIL.matcher(who).replaceFirst("");
        int comma = who.indexOf(',');
        if (comma > 0) {
            who = who.substring(0, comma); // "By Jane Doe, Beirut" / "By Jane Doe, staff writer"
        }
        who = withoutRole(PLACE_TAIL.matcher(who).replaceFirst("").strip());
        return who.isEmpty() || !who.matches(".*\\p{L}.*") ? Optional.empty() : Optional.of(who);
    }

    /**
     * "Ben Silverman Games Editor" is Ben Silverman: before a role word stand the name and perhaps
     * the role's own words, so two words are kept (three when the middle one is an initial or the
     * surname has a particle).
     */
    private static String withoutRole(String who) {
        String[] w = who.split("\\s+");
        for (int i = 2; i < w.length; i++) {
            if (ROLES.contains(w[i].toLowerCase(Locale.ROOT))) {
                int keep = i >= 3 && (w[1].matches("\\p{Lu}\\.") || PARTICLES.contains(w[1].toLowerCase(Locale.ROOT))
                        || PARTICLES.contains(w[2].toLowerCase(Locale.ROOT))) ? 3 : 2;
                return String.join(" ", Arrays.copyOfRange(w, 0, Math.min(keep, i)));
            }
        }
        return who;
    }

    /** The date a byline line carries after the name, if any. */
    static Optional<java.time.LocalDate> date(String line) {
        String plain = InlineMarkdown.plain(line);
        return BYLINE.matcher(plain.strip()).matches() ? DateParser.findDate(plain) : Optional.empty();
    }
}
