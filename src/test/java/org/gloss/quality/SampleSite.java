package org.gloss.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gloss.Gloss;
import org.gloss.publish.FileTrees;
import org.gloss.publish.PdfRenderer;

/** The sample site (content/ with the project's templates/) built into a fresh temporary folder. */
final class SampleSite implements AutoCloseable {

    private final Path dir;
    private final Path root;
    private Path content = Path.of("content");

    private SampleSite(Path dir) {
        this.dir = dir;
        this.root = dir.resolve("site");
    }

    /** Builds content/ and templates/ (the test's working directory is the project) into a temp folder. */
    static SampleSite build() {
        return build(null);
    }

    /**
     * As {@link #build()}, with {@code site.yml}'s {@code language} set to {@code language} (null:
     * as written): the same articles with the interface in another language.
     */
    static SampleSite build(String language) {
        try {
            SampleSite site = new SampleSite(Files.createTempDirectory("gloss-site-"));
            Path content = Path.of("content");
            if (language != null) {
                content = site.dir.resolve("content");
                copy(Path.of("content"), content);
                Path yml = content.resolve("site.yml");
                String settings = Files.readString(yml);
                String changed = settings.replaceFirst("(?m)^language:.*$", "language: " + language);
                if (changed.equals(settings)) {
                    throw new IllegalStateException("content/site.yml sets no language to replace");
                }
                Files.writeString(yml, changed);
            }
            site.content = content;
            new Gloss(content, Path.of("templates")).build(site.root);
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    Path root() {
        return root;
    }

    /** Every HTML page of the site, relative to its root, sorted. */
    List<String> pages() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classroom packet of every sample article, built (once) beside the site; its HTML file. */
    synchronized Path packet() {
        Path html = dir.resolve("packet/packet.html");
        if (!Files.exists(html)) {
            new org.gloss.Gloss(content, Path.of("templates"))
                    .packet(List.of(), dir.resolve("packet"), PdfRenderer.Paper.A4);
        }
        return html;
    }

    /** The first outlet page, by file name. */
    String firstOutlet() {
        return pages().stream().filter(p -> p.startsWith("outlets/")).findFirst().orElseThrow();
    }

    /** The first article page, by file name. */
    String firstArticle() {
        return pages().stream().filter(p -> p.startsWith("articles/")).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        FileTrees.delete(dir);
    }
}
