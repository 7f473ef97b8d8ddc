package org.gloss.features.glossary;

import static org.gloss.features.glossary.GlossaryReader.column;
import static org.gloss.features.glossary.GlossaryReader.line;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gloss.core.DidYouMean;
import org.gloss.core.MessageText;
import org.gloss.core.Problem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns one composed YAML node into a {@link GlossaryEntry}, adding a problem with the node's own
 * line and column for each thing wrong with it, so every mistake in the file is reported at once.
 */
final class GlossaryEntryReader {

    /** The fields an entry may have, in the order messages list them (a Set.of would change it from run to run). */
    static final List<String> FIELDS = List.of("term", "expansion", "aliases", "definition", "category", "context",
            "not", "links", "see_also", "case_sensitive");
    private final String file;
    private final List<Problem> problems;
    private final List<String> categories;

    /** {@code categories}: the ids an entry's {@code category} may name. */
    GlossaryEntryReader(String file, List<Problem> problems, List<String> categories) {
        this.file = file;
        this.problems = problems;
        this.categories = List.copyOf(categories);
    }

    /** The entry, or empty when it is too broken to use (the problem is recorded). */
    Optional<GlossaryEntry> read(Node node, int n) {
        if (!(node instanceof MappingNode map)) {
            error(node, "entry " + n + " is not a mapping of field: value");
            return Optional.empty();
        }
        Map<String, Node> fields = fields(map);
        Optional<String> term = scalar(fields.get("term"), "term");
        if (term.isEmpty() || term.get().isBlank()) {
            error(fields.getOrDefault("term", node), "entry " + n + " has no 'term'");
            return Optional.empty();
        }
        String category = scalar(fields.get("category"), "category").orElse(null);
        if (category != null && !categories.contains(category)) {
            warn(fields.get("category"), "unknown category '" + category + "' (expected one of " + categories
                    + "); the entry is listed under " + Glossary.OTHER);
        }
        if (!fields.containsKey("definition")) {
            warn(node, "'" + term.get() + "' has no definition");
        }
        return Optional.of(new GlossaryEntry(
                term.get().strip(),
                scalar(fields.get("expansion"), "expansion").orElse(null),
                aliases(fields.get("aliases")),
                scalar(fields.get("definition"), "definition").orElse(null),
                category,
                strings(fields.get("context"), "context"),
                phrases(fields.get("not")),
                links(fields.get("links")),
                strings(fields.get("see_also"), "see_also"),
                caseSensitive(fields.get("case_sensitive")),
                line(node)));
    }

    private Map<String, Node> fields(MappingNode map) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                error(t.getKeyNode(), "field names must be plain words");
                continue;
            }
            if (!FIELDS.contains(key.getValue())) {
                warn(key, "unknown field '" + MessageText.excerpt(key.getValue()) + "' ignored"
                        + DidYouMean.suggestion(key.getValue(), FIELDS));
            }
            fields.put(key.getValue(), t.getValueNode());
        }
        return fields;
    }

    /** The fields of a nested mapping (an alias or a link); non-word keys are skipped. */
    private static Map<String, Node> subFields(MappingNode map) {
        Map<String, Node> f = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                f.put(key.getValue(), t.getValueNode());
            }
        }
        return f;
    }

    private Optional<String> scalar(Node node, String field) {
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s) {
            return Optional.of(s.getValue().strip());
        }
        error(node, "'" + field + "' must be a single value, not a list or mapping");
        return Optional.empty();
    }

    private List<String> strings(Node node, String field) {
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(item -> scalar(item, field).ifPresent(out::add));
        } else {
            scalar(node, field).ifPresent(out::add);
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /**
     * {@code not}: a list of phrases, each a single value; anything else is an error at the node
     * that is wrong, since a mistyped exclusion would silently mark what it meant to leave alone.
     */
    private List<String> phrases(Node node) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            error(node, "'not' must be a list of phrases, e.g. not: [\"Wye Valley Brewery\"]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s) || isNull(item) || s.getValue().isBlank()) {
                error(item, "each phrase in 'not' must be a piece of text");
            } else {
                out.add(s.getValue().strip());
            }
        }
        return out;
    }

    private List<GlossaryEntry.Alias> aliases(Node node) {
        List<GlossaryEntry.Alias> out = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : node == null ? List.of() : List.of(node);
        for (Node item : items) {
            if (item instanceof MappingNode m) {
                Map<String, Node> f = subFields(m);
                Optional<String> text = scalar(f.get("alias"), "alias");
                if (text.isEmpty() || text.get().isBlank()) {
                    error(item, "an alias written as a mapping needs 'alias: FORM' (and 'context: [...]', 'not: [...]')");
                    continue;
                }
                out.add(new GlossaryEntry.Alias(text.get(), strings(f.get("context"), "context"),
                        phrases(f.get("not"))));
            } else {
                scalar(item, "aliases").filter(s -> !s.isBlank()).map(GlossaryEntry.Alias::plain).ifPresent(out::add);
            }
        }
        return out;
    }

    private List<GlossaryEntry.Link> links(Node node) {
        List<GlossaryEntry.Link> out = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : node == null ? List.of() : List.of(node);
        for (Node item : items) {
            String title;
            String url;
            if (item instanceof MappingNode m) {
                Map<String, Node> f = subFields(m);
                url = scalar(f.get("url"), "url").orElse(null);
                title = scalar(f.get("title"), "title").orElse(url);
            } else {
                url = scalar(item, "links").orElse(null);
                title = url;
            }
            if (url == null || !url.matches("(?i)https?://\\S+")) {
                warn(item, "link ignored: it needs an http(s) 'url'");
            } else {
                out.add(new GlossaryEntry.Link(title, url));
            }
        }
        return out;
    }

    private Boolean caseSensitive(Node node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s && s.getValue().matches("true|false")) {
            return Boolean.valueOf(s.getValue());
        }
        error(node, "'case_sensitive' must be true or false");
        return null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    private void error(Node at, String message) {
        problems.add(Problem.error(file, line(at), column(at), message));
    }

    private void warn(Node at, String message) {
        problems.add(Problem.warning(file, line(at), column(at), message));
    }
}
