package org.gloss.ingest;

import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Loads YAML mappings with snakeyaml-engine, turning its errors into line-and-column messages. */
public final class YamlDocuments {

    /** Deepest [ or { nesting accepted (counted without regard to quotes, so a little generous). */
    private static final int MAX_FLOW_DEPTH = 100;

    /** Widest indentation accepted, in columns. */
    private static final int MAX_INDENT = 400;

    private YamlDocuments() {
    }

    /**
     * Parses {@code yaml} as a mapping. An empty document is an empty map.
     *
     * @param lineOffset lines before the YAML in its file (front matter starts after {@code ---})
     * @throws ArticleFormatException with the file's line and column on a syntax error
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> loadMapping(String yaml, int lineOffset) throws ArticleFormatException {
        Object doc = load(yaml, lineOffset);
        if (doc == null) {
            return Map.of();
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new ArticleFormatException("expected a mapping of field: value, found "
                    + doc.getClass().getSimpleName().toLowerCase(), lineOffset + 1, 1);
        }
        return (Map<String, Object>) map;
    }

    /** Parses any YAML document (mapping, list or scalar); errors carry file line and column. */
    public static Object load(String yaml, int lineOffset) throws ArticleFormatException {
        checkNesting(yaml, lineOffset);
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .build();
        try {
            return new Load(settings).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1 + lineOffset).orElse(0);
            int col = mark.map(m -> m.getColumn() + 1).orElse(0);
            throw new ArticleFormatException("malformed YAML: " + firstLine(e.getProblem()), line, col);
        } catch (YamlEngineException e) {
            throw new ArticleFormatException("malformed YAML: " + firstLine(e.getMessage()), lineOffset + 1, 0);
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            // snakeyaml-engine lets a few of its own checks escape unwrapped (found by fuzzing: a
            // tag like "!u44%+d" throws IllegalArgumentException); they are still bad YAML.
            throw new ArticleFormatException("malformed YAML: " + firstLine(e.getMessage()), lineOffset + 1, 0);
        } catch (StackOverflowError e) {
            throw new ArticleFormatException("malformed YAML: nested too deeply", lineOffset + 1, 0);
        }
    }

    /**
     * The parser recurses once per level of nesting and has no limit of its own, so thousands of
     * {@code [} or of ever-deeper indentation would overflow the stack. Metadata and glossaries
     * nest a few levels; anything past these generous limits is refused up front.
     */
    private static void checkNesting(String yaml, int lineOffset) throws ArticleFormatException {
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean lineStart = true;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
                lineStart = true;
                continue;
            }
            if (lineStart && c != ' ') {
                lineStart = false;
                if (column - 1 > MAX_INDENT) {
                    throw new ArticleFormatException("malformed YAML: indented more than " + MAX_INDENT
                            + " columns", lineOffset + line, column);
                }
            }
            depth += (c == '[' || c == '{') ? 1 : (c == ']' || c == '}') ? -1 : 0;
            if (depth > MAX_FLOW_DEPTH) {
                throw new ArticleFormatException("malformed YAML: brackets nested more than " + MAX_FLOW_DEPTH
                        + " deep", lineOffset + line, column);
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
