package org.gloss.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A minimal Hugo site over the generated Markdown, the baseline Gloss is compared with: a page per
 * article that prints its content, and one list page. Taxonomies, RSS and the sitemap are off, so
 * Hugo does only what a plain static build needs — the hardest baseline to beat.
 */
final class HugoSite {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><h1>{{ .Title }}</h1>%s</body></html>
            """;

    private HugoSite() {
    }

    /** Writes the Hugo project into {@code dir}, reading its pages from {@code articlesDir}. */
    static Path write(Path dir, Path articlesDir) {
        try {
            Files.createDirectories(dir.resolve("layouts/_default"));
            Files.writeString(dir.resolve("config.toml"), """
                    baseURL = "http://localhost/"
                    title = "bench"
                    contentDir = "%s"
                    disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                    """.formatted(articlesDir.toAbsolutePath().toString().replace("\\", "/")), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("layouts/_default/single.html"),
                    PAGE.formatted("{{ .Content }}"), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("layouts/_default/list.html"),
                    PAGE.formatted("<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>"),
                    StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
