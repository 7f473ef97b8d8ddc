package org.gloss.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gloss.MessageText;

/**
 * Reads article metadata from YAML (a Markdown file's front matter or a sidecar {@code NAME.yml}):
 * known field names become {@link ArticleMetadata}; a date must be ISO {@code YYYY-MM-DD}.
 */
public final class FrontMatter {

    private FrontMatter() {
    }

    /** Splits {@code ---}-fenced front matter from a Markdown text; null when there is none. */
    public static String[] split(String text) {
        if (!text.startsWith("---\n")) {
            return null;
        }
        int end = text.indexOf("\n---", 3);
        while (end >= 0) {
            int after = end + 4;
            if (after == text.length() || text.charAt(after) == '\n') {
                String yaml = text.substring(4, end + 1);
                String body = after >= text.length() ? "" : text.substring(after + 1);
                return new String[] {yaml, body};
            }
            end = text.indexOf("\n---", after);
        }
        return null;
    }

    /** Converts a YAML mapping to metadata; {@code line} is where the YAML starts, for messages. */
    public static ArticleMetadata toMetadata(Map<String, Object> yaml, int line) throws ArticleFormatException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : ArticleMetadata.FIELDS) {
            Object v = yaml.get(name);
            if (v == null) {
                continue;
            }
            if (name.equals("date")) {
                fields.put(name, toDate(v, line));
            } else if (v instanceof Map || v instanceof Iterable) {
                throw new ArticleFormatException("field '" + name + "' must be text", line, 1);
            } else {
                String s = v.toString().strip();
                if (!s.isEmpty()) {
                    fields.put(name, s);
                }
            }
        }
        return ArticleMetadata.fromMap(fields);
    }

    private static LocalDate toDate(Object v, int line) throws ArticleFormatException {
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.time.temporal.TemporalAccessor t) {
            return LocalDate.from(t);
        }
        String s = v.toString().strip();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException("date '" + MessageText.excerpt(s) + "' is not YYYY-MM-DD", line, 1);
        }
    }
}
