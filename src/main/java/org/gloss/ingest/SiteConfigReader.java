package org.gloss.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code content/site.yml}; a missing file means the defaults, a broken one stops the build. */
public final class SiteConfigReader {

    /** A site.yml holds a handful of short fields. */
    private static final long MAX_BYTES = 1024 * 1024;

    private SiteConfigReader() {
    }

    public static SiteConfig read(Path contentDir) {
        Path file = contentDir.resolve(SiteFiles.SITE);
        String name = file.toString();
        if (SiteFiles.find(contentDir, SiteFiles.SITE).isEmpty()) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
                // A folder or device where the settings belong is a mistake to stop at, not to skip.
                throw new BuildException(Problem.error(name, "cannot read: not a regular file"));
            }
            return SiteConfig.DEFAULT; // none, or a link the guard refused (reported with the articles)
        }
        try {
            return parse(SourceText.readYaml(file, MAX_BYTES), name);
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(name, e.line(), e.column(), e.getMessage()));
        } catch (IOException e) {
            throw new BuildException(Problem.error(name, "cannot read: " + e), e);
        }
    }

    /**
     * The settings {@code yaml} gives, defaults for what it leaves out.
     *
     * @throws BuildException naming {@code name} when a value is not text
     */
    static SiteConfig parse(String yaml, String name) throws ArticleFormatException {
        Map<String, Node> m = YamlDocuments.fields(yaml, 0);
        SiteConfig d = SiteConfig.DEFAULT;
        return new SiteConfig(
                text(m, "title", d.title(), name),
                text(m, "description", d.description(), name),
                text(m, "language", d.language(), name),
                BaseUrl.checked(text(m, BaseUrl.KEY, d.baseUrl(), name), yaml, name),
                Boolean.parseBoolean(text(m, "mark_every_mention", String.valueOf(d.markEveryMention()), name)));
    }

    private static String text(Map<String, Node> m, String key, String fallback, String file) {
        Node n = m.get(key);
        Object v = n == null ? null : YamlDocuments.toJava(n);
        if (v instanceof Map || v instanceof Iterable) {
            throw new BuildException(Problem.error(file, YamlDocuments.line(n, 0), YamlDocuments.column(n),
                    "'" + key + "' must be text, not a list or mapping"));
        }
        return v == null ? fallback : v.toString().strip();
    }
}
