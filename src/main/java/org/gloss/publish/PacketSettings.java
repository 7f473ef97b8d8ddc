package org.gloss.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gloss.core.BuildException;
import org.gloss.core.MessageText;
import org.gloss.core.Problem;
import org.gloss.ingest.ArticleFormatException;
import org.gloss.ingest.SiteFiles;
import org.gloss.ingest.YamlDocuments;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The optional {@code content/packet.yml}: a title for the packet's cover (default: the site's
 * title), a short introduction, discussion questions, and the articles to print in their order
 * (default: every article, oldest first). Every problem in the file is reported together, naming
 * the file.
 */
record PacketSettings(String title, String intro, List<String> questions, List<String> articles) {

    static final String FILE = SiteFiles.PACKET;
    static final PacketSettings NONE = new PacketSettings(null, null, List.of(), List.of());
    /** A cover title, a note and a few questions. */
    private static final long MAX_BYTES = 1024 * 1024;
    private static final Set<String> KEYS = Set.of("title", "intro", "questions", "articles");

    public PacketSettings {
        questions = List.copyOf(questions);
        articles = List.copyOf(articles);
    }

    /** Settings without an article list. */
    PacketSettings(String title, String intro, List<String> questions) {
        this(title, intro, questions, List.of());
    }

    /** Reads {@code contentDir/packet.yml}; a missing file means no title override and no questions. */
    static PacketSettings read(Path contentDir) {
        return SiteFiles.read(contentDir, FILE, MAX_BYTES, NONE, PacketSettings::fromYaml);
    }

    /** The settings {@code yaml} gives; every problem in it, named {@code file}, in one BuildException. */
    static PacketSettings fromYaml(String yaml, String file) throws ArticleFormatException {
        return parse(file, YamlDocuments.fields(yaml, 0));
    }

    /** The settings in {@code m}, each problem at the line and column of its value. */
    static PacketSettings parse(String file, Map<String, Node> m) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                problems.add(at(file, e.getValue(), "unknown key '" + MessageText.excerpt(e.getKey())
                        + "' (expected title, intro, questions, articles)"));
            }
        }
        String title = text(file, m, "title", problems);
        String intro = text(file, m, "intro", problems);
        List<String> questions = lines(file, m, "questions", "a line of text", "a list of questions", problems);
        List<String> articles = lines(file, m, "articles", "an article id", "a list of article ids", problems);
        if (!problems.isEmpty()) {
            throw new BuildException(problems, null);
        }
        return new PacketSettings(title, intro, questions, articles);
    }

    /** The list of text under {@code key}: each item {@code what}, the whole {@code whole}, one per '- ' line. */
    private static List<String> lines(String file, Map<String, Node> m, String key, String what, String whole,
                                      List<Problem> problems) {
        List<String> out = new ArrayList<>();
        Node q = m.get(key);
        if (q instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                Node item = list.getValue().get(i);
                if (YamlDocuments.toJava(item) instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                } else {
                    problems.add(at(file, item, key + "[" + (i + 1) + "] must be " + what));
                }
            }
        } else if (q != null && YamlDocuments.toJava(q) != null) {
            problems.add(at(file, q, key + " must be " + whole + ", one per '- ' line"));
        }
        return out;
    }

    private static String text(String file, Map<String, Node> m, String key, List<Problem> problems) {
        Node n = m.get(key);
        Object v = n == null ? null : YamlDocuments.toJava(n);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s.strip();
        }
        problems.add(at(file, n, key + " must be text"));
        return null;
    }

    private static Problem at(String file, Node n, String message) {
        return Problem.error(file, YamlDocuments.line(n, 0), YamlDocuments.column(n), message);
    }
}
