package org.gloss.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** The most edits (Levenshtein distance) between a typo and the key it is taken for. */
    static final int MAX_DISTANCE = 2;

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
        Optional<Node> root;
        try {
            root = YamlDocuments.compose(yaml, lineOffset);
        } catch (ArticleFormatException e) {
            return List.of();
        }
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
        String meant = closest(key, known);
        return meant != null ? m + "; did you mean '" + meant + "'?"
                : m + " (ignored; known keys: " + String.join(", ", known) + ")";
    }

    /** The known key nearest {@code key}, within {@link #MAX_DISTANCE}; the first listed on a tie. */
    static String closest(String key, List<String> known) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        if (key.length() > 64) {
            return null; // no key is that long; and the distance costs length squared
        }
        for (String k : known) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
