package org.gloss.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;

/**
 * The site's own files at the top of the content folder ({@code site.yml}, {@code glossary.yml},
 * {@code furniture.yml}, {@code packet.yml}), each read only through the content folder's
 * {@link InputFolder} guard, like the articles: a link to {@code /etc/passwd} is not read.
 */
public final class SiteFiles {

    static final String SITE = "site.yml";
    public static final String GLOSSARY = "glossary.yml";
    static final String FURNITURE = "furniture.yml";
    public static final String PACKET = "packet.yml";
    private static final List<String> ALL = List.of(SITE, GLOSSARY, FURNITURE, PACKET);

    private SiteFiles() {
    }

    /** The file {@code name} when it exists and may be read; its reader uses the defaults otherwise. */
    static Optional<Path> find(Path contentDir, String name) {
        // What is refused is reported once per build, by problems().
        return InputFolder.content(contentDir).readable(name, new ArrayList<>());
    }

    /** Turns a site file's text into its settings; {@code file} names it in problems. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String yaml, String file) throws ArticleFormatException;
    }

    /**
     * The site file {@code name} read through the YAML guard and parsed, or {@code absent} when
     * there is none (or the guard refused it); a problem in it stops the build, naming the file,
     * and the line and column where there is one.
     */
    public static <T> T read(Path contentDir, String name, long maxBytes, T absent, Parser<T> parser) {
        Optional<Path> found = find(contentDir, name);
        if (found.isEmpty()) {
            return absent;
        }
        String file = found.get().toString();
        try {
            return parser.parse(SourceText.readYaml(found.get(), maxBytes), file);
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(file, e.line(), e.column(), e.getMessage()));
        } catch (IOException e) {
            throw new BuildException(Problem.error(file, "cannot read: " + e.getMessage()), e);
        }
    }

    /** Why any of the site's files that exist may not be read; the build reports these as it does the articles'. */
    static List<Problem> problems(Path contentDir) {
        InputFolder folder = InputFolder.content(contentDir);
        List<Problem> problems = new ArrayList<>();
        ALL.forEach(name -> folder.readable(name, problems));
        return problems;
    }
}
