package org.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: serve's rebuild message names the files, and repeats no warning already printed. */
class RebuildReportTest {

    @TempDir
    Path tmp;

    @Test
    void namesTheChangedFilesRelativeToTheirFolder() throws Exception {
        Path content = tmp.resolve("content");
        Path templates = tmp.resolve("theme");
        Files.createDirectories(content.resolve("articles"));
        Files.createDirectories(templates);
        Files.writeString(content.resolve("articles/a.md"), "a");
        Files.writeString(content.resolve("articles/b.md"), "b");
        Files.writeString(templates.resolve("article.peb"), "t");
        RebuildReport report = new RebuildReport(content, templates);

        assertEquals("editing articles/a.md", report.changes(Set.of(content.resolve("articles/a.md"))));
        assertEquals("editing articles/a.md and articles/b.md",
                report.changes(ordered(content.resolve("articles/b.md"), content.resolve("articles/a.md"))));
        assertEquals("editing theme/article.peb, deleting articles/gone.md",
                report.changes(ordered(content.resolve("articles/gone.md"), templates.resolve("article.peb"))));
        assertEquals("editing site.yml", report.changes(Set.of(write(content.resolve("site.yml")))));
        Set<Path> many = new LinkedHashSet<>();
        for (int i = 0; i < 5; i++) {
            many.add(write(content.resolve("articles/n" + i + ".md")));
        }
        assertEquals("editing articles/n0.md, articles/n1.md, articles/n2.md and 2 more", report.changes(many));
    }

    @Test
    void printsOnlyProblemsNewSinceTheLastBuild() {
        RebuildReport report = new RebuildReport(tmp, null);
        Problem acronym = Problem.warning("articles/a.md", 3, 1, "acronym 'WSJ' has no glossary entry");
        Problem other = Problem.warning("articles/b.md", 1, 1, "acronym 'PMC' has no glossary entry");
        Problem skipped = Problem.warning("articles/c.txt", "no article text; skipped");

        assertEquals(List.of(acronym, other), report.newProblems(List.of(acronym, other)), "the first build: all");
        assertEquals(List.of(), report.newProblems(List.of(acronym, other)), "a save changing nothing: none");
        assertEquals(List.of(skipped), report.newProblems(List.of(acronym, skipped, other)));
        assertEquals(List.of(), report.newProblems(List.of(acronym)), "fixed ones go silently");
        assertEquals(List.of(other), report.newProblems(List.of(acronym, other)), "made again: new again");
    }

    private static Set<Path> ordered(Path... paths) {
        return new LinkedHashSet<>(List.of(paths));
    }

    private static Path write(Path file) throws Exception {
        Files.writeString(file, "x");
        return file;
    }
}
