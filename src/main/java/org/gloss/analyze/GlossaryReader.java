package org.gloss.analyze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gloss.BuildException;
import org.gloss.Problem;
import org.gloss.ingest.ArticleFormatException;
import org.gloss.ingest.TextDecoder;
import org.gloss.ingest.YamlDocuments;

/**
 * Reads {@code content/glossary.yml}: a list of entries. A missing file is an empty glossary; a
 * malformed one stops the build with the file, line and column.
 */
public final class GlossaryReader {

    private GlossaryReader() {
    }

    public static Glossary read(Path contentDir) {
        Path file = contentDir.resolve("glossary.yml");
        if (!Files.isRegularFile(file)) {
            return Glossary.EMPTY;
        }
        try {
            return parse(TextDecoder.decode(Files.readAllBytes(file)));
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(file.toString(), e.line(), e.column(), e.getMessage()));
        } catch (IOException e) {
            throw new BuildException(Problem.error(file.toString(), "cannot read: " + e.getMessage()), e);
        }
    }

    /** Parses glossary YAML: a list of entries, or a mapping with an {@code entries} list. */
    public static Glossary parse(String yaml) throws ArticleFormatException {
        Object doc = YamlDocuments.load(yaml, 0);
        if (doc instanceof Map<?, ?> m && m.get("entries") instanceof List<?> l) {
            doc = l;
        }
        if (doc == null) {
            return Glossary.EMPTY;
        }
        if (!(doc instanceof List<?> list)) {
            throw new ArticleFormatException("expected a list of entries", 1, 1);
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        int n = 0;
        for (Object o : list) {
            n++;
            if (!(o instanceof Map<?, ?> e) || !(e.get("term") instanceof String term) || term.isBlank()) {
                throw new ArticleFormatException("entry " + n + " has no 'term'", 0, 0);
            }
            entries.add(new GlossaryEntry(
                    term.strip(),
                    str(e.get("expansion")),
                    strings(e.get("aliases")),
                    str(e.get("definition")),
                    str(e.get("category")),
                    strings(e.get("context")),
                    links(e.get("links")),
                    strings(e.get("see_also")),
                    e.get("case_sensitive") instanceof Boolean b ? b : null));
        }
        return new Glossary(entries);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().strip();
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x).strip()));
        } else if (o != null) {
            out.add(o.toString().strip());
        }
        return out;
    }

    private static List<GlossaryEntry.Link> links(Object o) {
        List<GlossaryEntry.Link> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof Map<?, ?> m && m.get("url") != null) {
                    out.add(new GlossaryEntry.Link(str(m.get("title") == null ? m.get("url") : m.get("title")),
                            str(m.get("url"))));
                } else if (x != null) {
                    out.add(new GlossaryEntry.Link(x.toString(), x.toString()));
                }
            }
        }
        return out;
    }
}
