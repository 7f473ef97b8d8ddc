package org.gloss.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gloss.BuildException;
import org.gloss.Problem;

/** Reads {@code content/site.yml}; a missing file means the defaults, a broken one stops the build. */
public final class SiteConfigReader {

    private SiteConfigReader() {
    }

    public static SiteConfig read(Path contentDir) {
        Path file = contentDir.resolve("site.yml");
        if (!Files.isRegularFile(file)) {
            return SiteConfig.DEFAULT;
        }
        try {
            Map<String, Object> m = YamlDocuments.loadMapping(TextDecoder.decode(Files.readAllBytes(file)), 0);
            SiteConfig d = SiteConfig.DEFAULT;
            return new SiteConfig(
                    text(m, "title", d.title()),
                    text(m, "description", d.description()),
                    text(m, "language", d.language()),
                    text(m, "base_url", d.baseUrl()),
                    Boolean.parseBoolean(text(m, "mark_every_mention", String.valueOf(d.markEveryMention()))));
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(file.toString(), e.line(), e.column(), e.getMessage()));
        } catch (IOException e) {
            throw new BuildException(Problem.error(file.toString(), "cannot read: " + e.getMessage()), e);
        }
    }

    private static String text(Map<String, Object> m, String key, String fallback) {
        Object v = m.get(key);
        return v == null ? fallback : v.toString().strip();
    }
}
