package org.gloss.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as news pages print them ("February 06, 2020", "6 Feb. 2020",
 * "2020-02-05", "Wednesday 12 February 2020 09:14 GMT"). A line counts as a date line only when
 * the date is all it says, besides labels such as "Published" and a time of day: a date mentioned
 * inside a sentence of the story is never taken for the article's date.
 */
final class DateParser {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern MONTH_FIRST = Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(DAY + "\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(YEAR + "[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern DMY_NUMERIC = Pattern.compile("(?<![\\d])(\\d{1,2})[./](\\d{1,2})[./]" + YEAR);

    /** What may stand around a date on a date line: labels, weekdays, times, zones, separators. */
    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b(published|updated|last updated|posted|modified|date|dated|on|at|am|pm|a\\.m\\.|p\\.m\\.|"
            + "mon(day)?|tue(s|sday)?|wed(nesday)?|thu(r|rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|"
            + "gmt|utc|bst|cet|cest|est|edt|pst|pdt|ast|msk|eet|eest|ist|ast|jst|aest|wib)\\b\\.?"
            + "|\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\b|[+-]\\d{2}:?\\d{2}\\b|[\\s,:|/•·()\\[\\]–—-]+");

    /** Content systems fill an unset date with "0001-01-01": no article is that old. */
    private static final int MIN_YEAR = 1900;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateParser() {
    }

    /** The date a line prints, when the line is nothing but a date (with labels and a time). */
    static Optional<LocalDate> dateLine(String line) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {MONTH_FIRST, DAY_FIRST, ISO, DMY_NUMERIC}) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                String rest = line.substring(0, m.start()) + " " + line.substring(m.end());
                if (!NOISE.matcher(rest).replaceAll("").isEmpty()) {
                    return Optional.empty();
                }
                return toDate(p, m);
            }
        }
        return Optional.empty();
    }

    /** The first date anywhere in a short text (a byline's tail, an HTML date element). */
    static Optional<LocalDate> findDate(String text) {
        for (Pattern p : new Pattern[] {ISO, MONTH_FIRST, DAY_FIRST, DMY_NUMERIC}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** A machine-readable date or date-time (ISO 8601, as in JSON-LD and {@code <time datetime>}). */
    static Optional<LocalDate> machineDate(String value) {
        return parseMachineDate(value).filter(d -> d.getYear() >= MIN_YEAR);
    }

    private static Optional<LocalDate> parseMachineDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeException e) {
            // not an offset date-time; try the other ISO forms below
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            // fall through to the printed forms
        }
        return findDate(s);
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == MONTH_FIRST) {
                return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if (p == DAY_FIRST) {
                return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if (p == ISO) {
                return Optional.of(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            return numericDayMonth(m);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "05.02.2020" is read day first, as outside the US; "02/15/2020" only when no other reading fits. */
    private static Optional<LocalDate> numericDayMonth(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = year(m.group(3));
        if (b > 12 && a <= 12) {
            return Optional.of(LocalDate.of(y, a, b));
        }
        return Optional.of(LocalDate.of(y, b, a));
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
