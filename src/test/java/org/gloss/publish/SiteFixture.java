package org.gloss.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gloss.Gloss;

/** Builds the project's sample content (content/, templates/) into a folder for tests to inspect. */
final class SiteFixture {

    static final Path CONTENT = Path.of("content");
    static final Path TEMPLATES = Path.of("templates");

    private SiteFixture() {
    }

    static Path build(Path into) {
        Path site = into.resolve("site");
        new Gloss(CONTENT, TEMPLATES).build(site);
        return site;
    }

    static List<Path> files(Path site, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Every file under {@code root}, as a path relative to it with {@code /} between names, sorted. */
    static List<String> tree(Path root) throws IOException {
        return files(root, "").stream().map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
}
