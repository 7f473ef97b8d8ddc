package org.gloss.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gloss.core.MessageText;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads article metadata from YAML (a Markdown file's front matter or a sidecar {@code NAME.yml}):
 * known field names become {@link ArticleMetadata}; a date must be ISO {@code YYYY-MM-DD}.
 */
final class FrontMatter {

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
        Map<String, Node> yamlFields = YamlDocuments.fields(yaml, lineOffset);
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

    private static LocalDate toDate(String s, int line, int column) throws ArticleFormatException {
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException("date '" + MessageText.excerpt(s) + "' is not YYYY-MM-DD", line, column);
        }
    }
}
