package org.gloss.features.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gloss.core.BuildException;
import org.gloss.core.DidYouMean;
import org.gloss.core.MessageText;
import org.gloss.core.Problem;
import org.gloss.ingest.ArticleFormatException;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.SiteFiles;
import org.gloss.ingest.YamlDocuments;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code content/glossary.yml}: a list of entries, or a mapping of {@code entries} and the
 * {@code categories} that group them. A missing file is an empty glossary; a
 * malformed one stops the build (before anything is written) with every error found, each naming
 * the file, line and column. Oddities that lose nothing (an unknown field) are warnings.
 */
public final class GlossaryReader {

    /** A glossary may be as large as an article file. */
    private static final long MAX_BYTES = ArticleIngester.MAX_FILE_BYTES;
    private static final String ENTRIES = "entries";
    private static final String CATEGORIES = "categories";

    private GlossaryReader() {
    }

    public static Glossary read(Path contentDir) {
        return SiteFiles.read(contentDir, SiteFiles.GLOSSARY, MAX_BYTES, Glossary.EMPTY, GlossaryReader::parse);
    }

    /**
     * Parses glossary YAML: a list of entries, or a mapping with the {@code entries} list and the
     * {@code categories} the page groups them under (default: {@link Glossary#DEFAULT_CATEGORIES}).
     *
     * @param file the name problems are reported under
     * @throws BuildException listing every error, each with line and column
     */
    static Glossary parse(String yaml, String file) {
        Optional<Node> root = compose(yaml, file);
        if (root.isEmpty()) {
            return new Glossary(List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Node> top = topLevel(root.get(), file, problems);
        Node list = top.getOrDefault(ENTRIES, root.get());
        List<Node> items;
        if (list instanceof SequenceNode seq) {
            items = seq.getValue();
        } else if (top.containsKey(CATEGORIES) && !top.containsKey(ENTRIES) || isNull(list)) {
            items = List.of();
        } else {
            throw new BuildException(Problem.error(file, line(list), column(list),
                    "expected a list of glossary entries (- term: ...)"));
        }
        List<Glossary.Category> categories = top.containsKey(CATEGORIES)
                ? categories(top.get(CATEGORIES), file, problems) : Glossary.DEFAULT_CATEGORIES;
        List<GlossaryEntry> entries = new ArrayList<>();
        GlossaryEntryReader entryReader = new GlossaryEntryReader(file, problems,
                categories.stream().map(Glossary.Category::id).toList());
        int n = 0;
        for (Node item : items) {
            entryReader.read(item, ++n).ifPresent(entries::add);
        }
        checkDuplicates(entries, file, problems);
        checkSeeAlso(entries, file, problems);
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new BuildException(errors, null);
        }
        return new Glossary(entries, categories, problems);
    }

    /**
     * The keys of a top-level mapping that has {@code entries} or {@code categories} (others are
     * warnings); empty for a plain list, or for a mapping that is neither (an error later).
     */
    private static Map<String, Node> topLevel(Node root, String file, List<Problem> problems) {
        Map<String, Node> keys = new LinkedHashMap<>();
        if (!(root instanceof MappingNode map)) {
            return keys;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.put(k.getValue(), t.getValueNode());
            }
        }
        if (!keys.containsKey(ENTRIES) && !keys.containsKey(CATEGORIES)) {
            return Map.of();
        }
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode s) || !s.getValue().equals(ENTRIES) && !s.getValue().equals(CATEGORIES)) {
                problems.add(Problem.warning(file, line(k), column(k), k instanceof ScalarNode s
                        ? "unknown key '" + MessageText.excerpt(s.getValue()) + "' ignored"
                                + DidYouMean.suggestion(s.getValue(), List.of(CATEGORIES, ENTRIES))
                        : "unknown key ignored (known: " + CATEGORIES + ", " + ENTRIES + ")"));
            }
        }
        return keys;
    }

    /**
     * {@code categories:} in page order, each {@code {id: group, title: Groups and forces}} or just
     * an id (its title is the id capitalised); a missing or repeated id is an error at its place.
     */
    private static List<Glossary.Category> categories(Node node, String file, List<Problem> problems) {
        List<Glossary.Category> out = new ArrayList<>();
        if (!(node instanceof SequenceNode seq)) {
            problems.add(Problem.error(file, line(node), column(node),
                    "'categories' must be a list of {id: ..., title: ...}"));
            return out;
        }
        Map<String, Node> seen = new HashMap<>();
        for (Node item : seq.getValue()) {
            Node idNode = item;
            Node titleNode = null;
            if (item instanceof MappingNode m) {
                idNode = null;
                for (NodeTuple t : m.getValue()) {
                    String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                    switch (key) {
                        case "id" -> idNode = t.getValueNode();
                        case "title" -> titleNode = t.getValueNode();
                        default -> problems.add(Problem.warning(file, line(t.getKeyNode()), column(t.getKeyNode()),
                                "unknown field " + (key.isEmpty() ? "" : "'" + key + "' ") + "of a category ignored (known: id, title)"));
                    }
                }
            }
            String id = text(idNode);
            if (id == null) {
                Node at = idNode == null ? item : idNode;
                problems.add(Problem.error(file, line(at), column(at), "a category needs an 'id' (a single word or value)"));
                continue;
            }
            Node earlier = seen.putIfAbsent(id, idNode);
            if (earlier != null) {
                problems.add(Problem.error(file, line(idNode), column(idNode),
                        "category '" + id + "' is already listed (line " + line(earlier) + ")"));
                continue;
            }
            String title = titleNode == null || isNull(titleNode) ? null : text(titleNode);
            if (titleNode != null && !isNull(titleNode) && title == null) {
                problems.add(Problem.error(file, line(titleNode), column(titleNode),
                        "a category's 'title' must be a single value"));
                continue;
            }
            out.add(new Glossary.Category(id, title != null ? title : Character.toUpperCase(id.charAt(0)) + id.substring(1)));
        }
        return out;
    }

    /** A non-blank single value, stripped; else null. */
    private static String text(Node node) {
        return node instanceof ScalarNode s && !isNull(node) && !s.getValue().isBlank() ? s.getValue().strip() : null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    private static Optional<Node> compose(String yaml, String file) {
        try {
            return YamlDocuments.compose(yaml, 0);
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(file, e.line(), e.column(), e.getMessage()));
        }
    }

    private static void checkDuplicates(List<GlossaryEntry> entries, String file, List<Problem> problems) {
        Map<String, GlossaryEntry> byAnchor = new HashMap<>();
        for (GlossaryEntry e : entries) {
            GlossaryEntry earlier = byAnchor.putIfAbsent(TermAnchors.entryId(e.term()), e);
            if (earlier != null) {
                problems.add(Problem.error(file, e.line(), 1, "term '" + e.term()
                        + "' is already defined (as '" + earlier.term() + "' on line " + earlier.line() + ")"));
            }
        }
        Map<String, GlossaryEntry> byForm = new HashMap<>();
        for (GlossaryEntry e : entries) {
            for (GlossaryEntry.Alias a : e.forms()) {
                String key = e.isCaseSensitive(a.text()) ? a.text() : a.text().toLowerCase(Locale.ROOT);
                GlossaryEntry owner = byForm.putIfAbsent(key, e);
                if (owner != null && owner != e) {
                    problems.add(Problem.warning(file, e.line(), 1, "'" + a.text() + "' of '" + e.term()
                            + "' is already a form of '" + owner.term() + "', which keeps it"));
                }
            }
        }
    }

    private static void checkSeeAlso(List<GlossaryEntry> entries, String file, List<Problem> problems) {
        Glossary g = new Glossary(entries);
        for (GlossaryEntry e : entries) {
            for (String other : e.seeAlso()) {
                if (g.entry(other).isEmpty()) {
                    problems.add(Problem.warning(file, e.line(), 1,
                            "'" + e.term() + "' sees also '" + other + "', which has no entry"));
                }
            }
        }
    }

    static int line(Node n) {
        return YamlDocuments.line(n, 0);
    }

    static int column(Node n) {
        return YamlDocuments.column(n);
    }
}
