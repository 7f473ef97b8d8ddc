package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's `language` picks the interface's words, its dates and its direction, across every page. */
class LanguageBuildTest {

    private static final String ARTICLE = """
            ---
            title: "Talks resume"
            outlet: "Le Courrier"
            date: 2024-03-16
            ---

            Talks resumed on Monday, officials said, after a week of delays in the capital.

            "We are ready to sign," the minister said, according to the agency.
            """;

    private static Path content(Path dir, String language) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yml"), "title: Reader\nlanguage: " + language + "\n");
        Files.writeString(content.resolve("articles/talks.md"), ARTICLE, StandardCharsets.UTF_8);
        return content;
    }

    private static List<Problem> languageWarnings(Gloss.BuildResult result) {
        return result.problems().stream().filter(p -> p.message().contains("no messages for language")).toList();
    }

    @Test
    void frenchPagesAreInFrenchWithIsoKeptForMachines(@TempDir Path dir) throws IOException {
        Gloss.BuildResult result = new Gloss(content(dir, "fr"), null).build(dir.resolve("site"));
        assertEquals(List.of(), languageWarnings(result));
        String index = Files.readString(dir.resolve("site/index.html"));
        assertTrue(index.contains("<html lang=\"fr\">"), "no dir attribute for a left-to-right language");
        assertTrue(index.contains("<time datetime=\"2024-03-16\">16 mars 2024</time>"), index);
        assertTrue(index.contains(">Aller au contenu</a>"), index);
        assertFalse(index.contains("Skip to content"));
        String search = Files.readString(dir.resolve("site/search.html"));
        assertTrue(search.contains("résultats pour"), "the script's words are on the page");
    }

    @Test
    void arabicPagesRunRightToLeft(@TempDir Path dir) throws IOException {
        new Gloss(content(dir, "ar"), null).build(dir.resolve("site"));
        try (var pages = Files.walk(dir.resolve("site"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertTrue(Files.readString(p).contains("<html lang=\"ar\" dir=\"rtl\">"), p.toString());
            }
        }
    }

    @Test
    void aLanguageWithoutMessagesIsEnglishWithOneWarningPerBuild(@TempDir Path dir) throws IOException {
        Gloss.BuildResult result = new Gloss(content(dir, "sw"), null).build(dir.resolve("site"));
        assertEquals(1, languageWarnings(result).size(), result.problems().toString());
        String index = Files.readString(dir.resolve("site/index.html"));
        assertTrue(index.contains("<html lang=\"sw\">"));
        assertTrue(index.contains(">Skip to content</a>"));
        assertTrue(index.contains("<time datetime=\"2024-03-16\">2024-03-16</time>"));
    }

    @Test
    void aThemeOverridesSomeWordsAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Path theme = dir.resolve("templates");
        Files.createDirectories(theme.resolve("messages"));
        Files.writeString(theme.resolve("messages/fr.properties"), "nav.articles=Les papiers\ndate.format=d/M/y\n",
                StandardCharsets.UTF_8);
        new Gloss(content(dir, "fr"), theme).build(dir.resolve("site"));
        String index = Files.readString(dir.resolve("site/index.html"));
        assertTrue(index.contains(">Les papiers</a>"), index);
        assertTrue(index.contains(">Citations</a>"), "the rest from the built-in French");
        assertTrue(index.contains("<time datetime=\"2024-03-16\">16/3/2024</time>"), index);
    }
}
