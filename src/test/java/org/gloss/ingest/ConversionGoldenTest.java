package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every article in {@code ingest/golden/in/} converts to exactly the Markdown in
 * {@code ingest/golden/expected/NAME.md}. After a deliberate change, rewrite the expected files with
 * {@code mvn test -Dtest=ConversionGoldenTest -Dgloss.golden.update=true} and review the diff.
 */
class ConversionGoldenTest {

    private static final Path ROOT = Paths.get("src/test/resources/ingest/golden");
    private static final boolean UPDATE = Boolean.getBoolean("gloss.golden.update");

    static Stream<Path> articles() throws Exception {
        try (Stream<Path> s = Files.list(ROOT.resolve("in"))) {
            List<Path> files = s.filter(p -> !p.toString().endsWith(".yml")).sorted().toList();
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void convertsToTheExpectedMarkdown(Path input) throws Exception {
        String actual = ArticleMarkdownWriter.write(new ArticleIngester().convert(input));
        Path expected = ROOT.resolve("expected").resolve(baseName(input) + ".md");
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "no expected output " + expected + "; run with -Dgloss.golden.update=true");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "conversion of " + input);
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.')) + "." + n.substring(n.lastIndexOf('.') + 1);
    }
}
