package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, items 4 and 13, through the CLI: a YAML alias bomb in a sidecar, in front matter or in
 * {@code furniture.yml} is refused at its line before it is expanded (it used to print a 235 MB
 * warning line, or run the JVM out of memory), and typed YAML never reaches a page.
 */
@Timeout(120) // a hang guard only: each build here takes a second or two
class HostileYamlBuildTest {

    @TempDir
    java.nio.file.Path tmp;
    ContentFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ContentFixture(tmp);
        fx.write("good.txt", ContentFixture.article("A good article about the council", 3));
    }

    @Test
    void aliasBombInASidecarSkipsOnlyThatArticle() throws IOException {
        fx.write("bomb.txt", ContentFixture.article("The bomb article", 2));
        fx.write("bomb.yml", aliasBomb("date"));
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertWarning(run.err(), "articles/bomb\\.yml:2:10: warning: malformed YAML: aliases .*bomb\\.txt skipped");
        assertTrue(Files.exists(fx.out.resolve("articles/good.html")));
    }

    @Test
    void aliasBombInFrontMatterSkipsOnlyThatArticle() throws IOException {
        fx.write("bomb.md", "---\n" + aliasBomb("date") + "---\nThe body of the article, with words.\n");
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertWarning(run.err(), "articles/bomb\\.md:3:10: warning: malformed YAML: aliases .*skipped");
    }

    @Test
    void aliasBombInFurnitureStopsTheBuildNamingTheLine() throws IOException {
        Files.writeString(fx.content.resolve("furniture.yml"), aliasBomb("lines"));
        ContentFixture.Run run = fx.build();
        assertEquals(1, run.exit(), run.err());
        assertWarning(run.err(), "\\S*furniture\\.yml:2:10: error: malformed YAML: aliases .*");
    }

    @Test
    void typedScalarsAreTextOrRefused() throws IOException {
        fx.write("typed.md", "---\ntitle: 1e400\noutlet: 0x1F\n---\nThe body of the article, with words.\n");
        fx.write("binary.md", "---\ntitle: !!binary aGVsbG8=\n---\nThe body of the article, with words.\n");
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        String page = fx.page("articles/typed.html");
        assertTrue(page.contains("1e400") && !page.contains("Infinity"), "title as written");
        assertTrue(page.contains("0x1F"), "outlet as written, not 31");
        assertWarning(run.err(), "articles/binary\\.md:2:8: warning: malformed YAML: type tag '[^']*binary' .*");
    }

    @Test
    void aFieldOfTheWrongKindIsReportedAtItsValue() throws IOException {
        fx.write("list.md", "---\noutlet: X\ntitle: [a, b]\n---\nThe body of the article, with words.\n");
        fx.write("date.txt", ContentFixture.article("The dated article", 2));
        fx.write("date.yml", "outlet: X\ndate: " + "9".repeat(500) + "\n");
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertWarning(run.err(), "articles/list\\.md:3:8: warning: field 'title' must be text; skipped");
        assertWarning(run.err(), "articles/date\\.yml:2:7: warning: date '9{80}… \\(500 characters\\)' is not YYYY-MM-DD;"
                + " articles/date\\.txt skipped");
    }

    private static String aliasBomb(String key) {
        StringBuilder b = new StringBuilder("a0: &a0 [lol, lol]\n");
        for (int i = 1; i < 25; i++) {
            b.append("a").append(i).append(": &a").append(i)
                    .append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        return b.append(key).append(": *a24\n").toString();
    }

    private static void assertWarning(String err, String regex) {
        assertTrue(Pattern.compile("(?m)^" + regex + "$").matcher(err).find(), err);
        assertTrue(err.lines().allMatch(l -> l.length() < 400), "no huge line");
    }
}
