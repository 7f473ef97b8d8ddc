package org.gloss.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gloss.core.MessageText;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The one way Gloss reads YAML (site.yml, glossary.yml, furniture.yml, packet.yml, sidecars and
 * front matter), with every guard in one place: nesting and size limits, no aliases, no type tags,
 * no duplicate keys, and every scalar read as the text it is written as. Each error carries the
 * file's line and column.
 */
public final class YamlDocuments {

    /** Deepest [ or { nesting accepted (counted without regard to quotes, so a little generous). */
    private static final int MAX_FLOW_DEPTH = 100;

    /** Widest indentation accepted, in columns. */
    private static final int MAX_INDENT = 400;

    /** The longest YAML text read: the same 20 MB an article may have (snakeyaml's own default is 3 MB). */
    static final int MAX_CODE_POINTS = (int) ArticleIngester.MAX_FILE_BYTES;

    private YamlDocuments() {
    }

    /**
     * Parses {@code yaml} as a mapping. An empty document is an empty map.
     *
     * @param lineOffset lines before the YAML in its file (front matter starts after {@code ---})
     * @throws ArticleFormatException with the file's line and column on a syntax error
     */
    static Map<String, Object> loadMapping(String yaml, int lineOffset) throws ArticleFormatException {
        Map<String, Object> m = new LinkedHashMap<>();
        fields(yaml, lineOffset).forEach((key, value) -> m.put(key, toJava(value)));
        return m;
    }

    /**
     * Parses {@code yaml} as a mapping, each key's value still a node (so a problem with a value
     * can name its line and column). An empty document has no fields.
     */
    public static Map<String, Node> fields(String yaml, int lineOffset) throws ArticleFormatException {
        return fields(compose(yaml, lineOffset), lineOffset);
    }

    /** {@link #fields(String, int)} of a document already composed ({@link #compose}). */
    static Map<String, Node> fields(Optional<Node> root, int lineOffset) throws ArticleFormatException {
        if (root.isEmpty() || (root.get() instanceof ScalarNode s && s.isPlain() && Tag.NULL.equals(s.getTag()))) {
            return Map.of();
        }
        if (!(root.get() instanceof MappingNode map)) {
            throw new ArticleFormatException("expected a mapping of field: value, found "
                    + (root.get() instanceof SequenceNode ? "a list" : "a single value"), lineOffset + 1, 1);
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            fields.put(((ScalarNode) t.getKeyNode()).getValue(), t.getValueNode());
        }
        return fields;
    }

    /**
     * Composes {@code yaml} into a node tree, refusing what no content file needs and what could
     * exhaust memory or the stack: aliases ({@code *name}: 48 of them can stand for a billion
     * nodes), explicit type tags ({@code !!binary}, {@code !!float}), duplicate keys, and nesting
     * beyond generous limits.
     */
    public static Optional<Node> compose(String yaml, int lineOffset) throws ArticleFormatException {
        checkNesting(yaml, lineOffset);
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        try {
            Composer composer = new Composer(settings,
                    new PlainEventParser(new ParserImpl(settings, new StreamReader(settings, yaml)), lineOffset));
            Optional<Node> root = composer.getSingleNode();
            if (root.isPresent()) {
                checkKeys(root.get(), lineOffset);
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1 + lineOffset).orElse(0);
            int col = mark.map(m -> m.getColumn() + 1).orElse(0);
            throw new ArticleFormatException("malformed YAML: " + firstLine(e.getProblem()), line, col);
        } catch (PlainEventParser.Refused e) {
            throw e.problem();
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

    /** The line of {@code n} in its file, counting from 1 (0 when unknown). */
    public static int line(Node n, int lineOffset) {
        return n.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(0);
    }

    /** The column of {@code n}, counting from 1 (0 when unknown). */
    public static int column(Node n) {
        return n.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    /**
     * Every mapping key must be text and appear once: snakeyaml's composer keeps both of two equal
     * keys, and whoever reads the map keeps one of them silently.
     */
    private static void checkKeys(Node node, int lineOffset) throws ArticleFormatException {
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                checkKeys(item, lineOffset);
            }
        } else if (node instanceof MappingNode map) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    throw new ArticleFormatException("malformed YAML: a key must be a word, not a list or mapping",
                            line(t.getKeyNode(), lineOffset), column(t.getKeyNode()));
                }
                Node earlier = seen.putIfAbsent(key.getValue(), key);
                if (earlier != null) {
                    throw new ArticleFormatException("malformed YAML: key '" + MessageText.excerpt(key.getValue())
                            + "' appears twice (first on line " + line(earlier, lineOffset) + ")",
                            line(key, lineOffset), column(key));
                }
                checkKeys(t.getValueNode(), lineOffset);
            }
        }
    }

    /**
     * A composed node as maps, lists and strings: a scalar is always its text as written, so
     * {@code 1e400} stays {@code "1e400"}; only a plain {@code null} or nothing is null.
     */
    public static Object toJava(Node node) {
        if (node instanceof ScalarNode s) {
            return s.isPlain() && Tag.NULL.equals(s.getTag()) ? null : s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>(seq.getValue().size());
            for (Node item : seq.getValue()) {
                list.add(toJava(item));
            }
            return list;
        }
        MappingNode map = (MappingNode) node;
        Map<String, Object> m = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            m.put(((ScalarNode) t.getKeyNode()).getValue(), toJava(t.getValueNode()));
        }
        return m;
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
        return MessageText.excerpt(nl < 0 ? s : s.substring(0, nl));
    }
}
