package org.gloss.features.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gloss.core.BuildException;
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
 * Reads {@code content/glossary.yml}: a list of entries. A missing file is an empty glossary; a
 * malformed one stops the build (before anything is written) with every error found, each naming
 * the file, line and column. Oddities that lose nothing (an unknown field) are warnings.
 */
public final class GlossaryReader {

    /** A glossary may be as large as an article file. */
    private static final long MAX_BYTES = ArticleIngester.MAX_FILE_BYTES;

    private GlossaryReader() {
    }

    public static Glossary read(Path contentDir) {
        return SiteFiles.read(contentDir, SiteFiles.GLOSSARY, MAX_BYTES, Glossary.EMPTY, GlossaryReader::parse);
    }

    /**
     * Parses glossary YAML (a list of entries, or a mapping with an {@code entries} list).
     *
     * @param file the name problems are reported under
     * @throws BuildException listing every error, each with line and column
     */
    static Glossary parse(String yaml, String file) {
        Optional<Node> root = compose(yaml, file);
        if (root.isEmpty()) {
            return new Glossary(List.of());
        }
        Node list = entriesNode(root.get());
        if (!(list instanceof SequenceNode seq)) {
            throw new BuildException(Problem.error(file, line(list), column(list),
                    "expected a list of glossary entries (- term: ...)"));
        }
        List<Problem> problems = new ArrayList<>();
        List<GlossaryEntry> entries = new ArrayList<>();
        GlossaryEntryReader entryReader = new GlossaryEntryReader(file, problems);
        int n = 0;
        for (Node item : seq.getValue()) {
            entryReader.read(item, ++n).ifPresent(entries::add);
        }
        checkDuplicates(entries, file, problems);
        checkSeeAlso(entries, file, problems);
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new BuildException(errors, null);
        }
        return new Glossary(entries, problems);
    }

    private static Optional<Node> compose(String yaml, String file) {
        try {
            return YamlDocuments.compose(yaml, 0);
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(file, e.line(), e.column(), e.getMessage()));
        }
    }

    /** The list of entries: the document itself, or its {@code entries} key. */
    private static Node entriesNode(Node root) {
        if (root instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("entries")) {
                    return t.getValueNode();
                }
            }
        }
        return root;
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
