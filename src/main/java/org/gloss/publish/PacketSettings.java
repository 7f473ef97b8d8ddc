package org.gloss.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gloss.BuildException;
import org.gloss.MessageText;
import org.gloss.Problem;
import org.gloss.ingest.ArticleFormatException;
import org.gloss.ingest.SourceText;
import org.gloss.ingest.YamlDocuments;

/**
 * The optional {@code content/packet.yml}: a title for the packet's cover (default: the site's
 * title), a short introduction, and discussion questions. Every problem in the file is reported
 * together, naming the file.
 */
public record PacketSettings(String title, String intro, List<String> questions) {

    public static final String FILE = "packet.yml";
    public static final PacketSettings NONE = new PacketSettings(null, null, List.of());
    /** A cover title, a note and a few questions. */
    private static final long MAX_BYTES = 1024 * 1024;
    private static final Set<String> KEYS = Set.of("title", "intro", "questions");

    public PacketSettings {
        questions = List.copyOf(questions);
    }

    /** Reads {@code contentDir/packet.yml}; a missing file means no title override and no questions. */
    public static PacketSettings read(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return fromYaml(SourceText.readYaml(file, MAX_BYTES), file.toString());
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(file.toString(), e.line(), e.column(), e.getMessage()));
        } catch (IOException e) {
            throw new BuildException(Problem.error(file.toString(), "cannot read: " + e.getMessage()), e);
        }
    }

    /** The settings {@code yaml} gives; every problem in it, named {@code file}, in one BuildException. */
    static PacketSettings fromYaml(String yaml, String file) throws ArticleFormatException {
        return parse(file, YamlDocuments.loadMapping(yaml, 0));
    }

    static PacketSettings parse(String file, Map<String, Object> m) {
        List<Problem> problems = new ArrayList<>();
        for (String key : m.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(Problem.error(file, "unknown key '" + MessageText.excerpt(key) + "' (expected title, intro, questions)"));
            }
        }
        String title = text(file, m, "title", problems);
        String intro = text(file, m, "intro", problems);
        List<String> questions = new ArrayList<>();
        Object q = m.get("questions");
        if (q instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String s && !s.isBlank()) {
                    questions.add(s.strip());
                } else {
                    problems.add(Problem.error(file, "questions[" + (i + 1) + "] must be a line of text"));
                }
            }
        } else if (q != null) {
            problems.add(Problem.error(file, "questions must be a list of questions, one per '- ' line"));
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems, null);
        }
        return new PacketSettings(title, intro, questions);
    }

    private static String text(String file, Map<String, Object> m, String key, List<Problem> problems) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s.strip();
        }
        problems.add(Problem.error(file, key + " must be text"));
        return null;
    }
}
