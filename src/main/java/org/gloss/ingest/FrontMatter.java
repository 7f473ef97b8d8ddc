package org.gloss.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gloss.core.MessageText;
import org.gloss.core.Problem;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads article metadata from YAML (a Markdown file's front matter or a sidecar {@code NAME.yml}):
 * known field names become {@link ArticleMetadata}; a date is ISO {@code YYYY-MM-DD}, or numeric
 * when only one reading of it is a date. Unknown keys are warned about ({@link #readChecked}).
 */
final class FrontMatter {

    /** {@code D/M/YYYY} or {@code M/D/YYYY}, with {@code /}, {@code .} or {@code -}. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d\\d)");

    /** What front matter may hold: the fields, and what {@code gloss convert} records besides. */
    private static final List<String> FRONT_MATTER_KEYS = java.util.stream.Stream.concat(
            ArticleMetadata.FIELDS.stream(), java.util.stream.Stream.of("source", "detected", "overridden")).toList();

    private FrontMatter() {
    }

    /** Splits {@code ---}-fenced front matter from a Markdown text; null when there is none. */
    static String[] split(String text) {
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

    /**
     * Reads metadata from YAML (front matter or a sidecar); {@code lineOffset} is how many lines
     * of the file come before it, so every problem names its line and column in the file.
     */
    static ArticleMetadata read(String yaml, int lineOffset) throws ArticleFormatException {
        return read(YamlDocuments.fields(yaml, lineOffset), lineOffset);
    }

    /**
     * The metadata, and a warning for each key that is no metadata field (a typo, {@code titel}),
     * naming the field it most likely meant. Keys {@code gloss convert} writes ({@code source},
     * {@code detected}, {@code overridden}) are known in front matter.
     */
    record Checked(ArticleMetadata metadata, List<Problem> warnings) {
    }

    /**
     * {@link #read(String, int)} and the unknown keys of the same YAML, composed once: this runs
     * for every Markdown article and sidecar. {@code where} is what the YAML is ("front matter", or
     * a sidecar's name).
     */
    static Checked readChecked(String yaml, int lineOffset, boolean frontMatter, String file, String where)
            throws ArticleFormatException {
        Optional<Node> root = YamlDocuments.compose(yaml, lineOffset);
        return new Checked(read(YamlDocuments.fields(root, lineOffset), lineOffset),
                KnownKeys.check(root, lineOffset, frontMatter ? FRONT_MATTER_KEYS : ArticleMetadata.FIELDS, file, where));
    }

    private static ArticleMetadata read(Map<String, Node> yamlFields, int lineOffset) throws ArticleFormatException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : ArticleMetadata.FIELDS) {
            Node n = yamlFields.get(name);
            Object v = n == null ? null : YamlDocuments.toJava(n);
            if (v == null) {
                continue;
            }
            int line = YamlDocuments.line(n, lineOffset);
            int column = YamlDocuments.column(n);
            if (v instanceof Map || v instanceof Iterable) {
                throw new ArticleFormatException("field '" + name + "' must be text", line, column);
            }
            String s = v.toString().strip();
            if (name.equals("date")) {
                fields.put(name, toDate(s, line, column));
            } else if (!s.isEmpty()) {
                fields.put(name, s);
            }
        }
        return ArticleMetadata.fromMap(fields);
    }

    /**
     * A date as written: {@code YYYY-MM-DD} (a time after it is ignored), or numeric day and month
     * in either order when only one reading is a date ({@code 15/03/2024}, {@code 03/15/2024});
     * {@code 03/04/2024} (3 April or March 4?) is refused rather than guessed.
     */
    static LocalDate toDate(String s, int line, int column) throws ArticleFormatException {
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            // not ISO: perhaps numeric, day and month in some order
        }
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (a <= 12 && b <= 12 && a != b) {
                throw new ArticleFormatException("date '" + MessageText.excerpt(s) + "' is ambiguous (" + a + " "
                        + monthName(b) + " or " + monthName(a) + " " + b + "?); write it YYYY-MM-DD", line, column);
            }
            try {
                return a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            } catch (java.time.DateTimeException e) {
                throw new ArticleFormatException("date '" + MessageText.excerpt(s) + "' is no date; write it YYYY-MM-DD",
                        line, column);
            }
        }
        throw new ArticleFormatException("date '" + MessageText.excerpt(s) + "' is not YYYY-MM-DD", line, column);
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

}
