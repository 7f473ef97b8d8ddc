package org.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gloss.core.DidYouMean;
import org.gloss.core.MessageText;
import org.gloss.core.Problem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Warns about keys a settings mapping does not know ({@code titel: …} in {@code site.yml}, a
 * sidecar or front matter), which would otherwise be ignored without a word, with the known key
 * it most likely meant: {@code FILE:LINE:COL: warning: unknown key 'titel' in site.yml; did you
 * mean 'title'?}. Messages come in the order the keys are written.
 */
final class KnownKeys {

    private KnownKeys() {
    }

    /**
     * A warning for each top-level key of {@code yaml} not in {@code known}; none when the YAML
     * does not parse (its reader reports that).
     *
     * @param lineOffset lines of the file before the YAML
     * @param file the file named in each warning
     * @param where what the keys are read as ("site.yml", "front matter")
     */
    static List<Problem> check(String yaml, int lineOffset, List<String> known, String file, String where) {
        try {
            return check(YamlDocuments.compose(yaml, lineOffset), lineOffset, known, file, where);
        } catch (ArticleFormatException e) {
            return List.of();
        }
    }

    /** {@link #check(String, int, List, String, String)} of a document already composed. */
    static List<Problem> check(Optional<Node> root, int lineOffset, List<String> known, String file, String where) {
        List<Problem> problems = new ArrayList<>();
        if (root.isPresent() && root.get() instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key && !known.contains(key.getValue())) {
                    problems.add(Problem.warning(file, YamlDocuments.line(key, lineOffset), YamlDocuments.column(key),
                            message(key.getValue(), known, where)));
                }
            }
        }
        return problems;
    }

    static String message(String key, List<String> known, String where) {
        String m = "unknown key '" + MessageText.excerpt(key) + "' in " + where;
        String meant = DidYouMean.closest(key, known);
        return meant != null ? m + "; did you mean '" + meant + "'?"
                : m + " (ignored; known keys: " + String.join(", ", known) + ")";
    }
}
