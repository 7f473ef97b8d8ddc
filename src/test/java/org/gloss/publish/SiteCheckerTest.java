package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gloss.Gloss;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteCheckerTest {

    @TempDir
    Path site;

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>t</title>
            <link rel="stylesheet" href="assets/a.css"></head>
            <body><nav><a href="index.html">Home</a> <a href="articles/one.html#q1">q1</a> <a href="#top">top</a></nav>
            <main id="top">%s</main></body></html>
            """;

    private void write(String path, String content) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void writeSoundSite(String extra) throws IOException {
        write("index.html", PAGE.formatted(extra));
        write("articles/one.html", """
                <!DOCTYPE html><html lang="en"><head><title>one</title></head><body>
                <p class="source-line"><a class="source-url" href="https://news.example/one">Original</a></p>
                <div class="article-body"><p><span id="q1">words</span> <a href="https://elsewhere.example/">a link</a>
                <a href="mailto:desk@news.example">mail</a></p></div>
                <a href="../glossary.html#term-sdf">SDF</a> <img src="../assets/pic.png" alt="">
                </body></html>
                """);
        write("glossary.html", "<!DOCTYPE html><html><body><dt id=\"term-sdf\">SDF</dt></body></html>");
        write("assets/a.css", "body { background: url(\"pic.png\"); }");
        write("assets/pic.png", "png");
    }

    @Test
    void soundSiteHasNoProblems() throws IOException {
        writeSoundSite("");
        assertEquals(List.of(), SiteChecker.check(site));
    }

    @Test
    void builtSampleSiteHasNoProblems() {
        Path out = site.resolve("sample");
        new Gloss(Path.of("content"), Path.of("templates")).build(out);
        assertEquals(List.of(), SiteChecker.check(out));
    }

    /** Each line: markup added to the index page, and words the single problem must contain. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<a href='missing.html'>x</a>                        | broken link, no file missing.html",
        "<a href='articles/one.html#nowhere'>x</a>           | no id \"nowhere\" in articles/one.html",
        "<a href='#nowhere'>x</a>                            | no id \"nowhere\" in index.html",
        "<img src='assets/gone.png' alt=''>                  | broken link, no file assets/gone.png",
        "<a href='../../etc/passwd'>x</a>                    | leaves the site folder",
        "<a href='/index.html'>x</a>                         | root-relative link",
        "<a href='https://tracker.example/'>x</a>            | external host outside article text",
        "<script src='//cdn.example/lib.js'></script>        | external host outside article text",
        "<link rel='stylesheet' href='http://fonts.example/f.css'> | external host outside article text",
        "<a href='http://bad host/'>x</a>                    | malformed URL",
        "<a href='articles/one.html#q1'>ok</a><a href='glossary.html#q1'>x</a> | no id \"q1\" in glossary.html",
    })
    void brokenReferenceIsReported(String markup, String expected) throws IOException {
        writeSoundSite(markup.replace('\'', '"'));
        List<Problem> problems = SiteChecker.check(site);
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals("index.html", p.file());
        assertTrue(p.isError());
        assertTrue(p.message().contains(expected), p.message());
    }

    @Test
    void externalStylesheetReferenceIsReported() throws IOException {
        writeSoundSite("");
        write("assets/a.css", "@import \"https://fonts.example/x.css\";\nbody { background: url(missing.png); }");
        List<String> problems = SiteChecker.check(site).stream().map(Problem::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("assets/a.css: error: "), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("external host")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("no file assets/missing.png")), problems.toString());
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws IOException {
        writeSoundSite("<a href=\"a.html\">a</a><a href=\"b.html\">b</a><a href=\"#c\">c</a>");
        assertEquals(3, SiteChecker.check(site).size());
    }

    @Test
    void missingSiteIsAProblem() {
        List<Problem> problems = SiteChecker.check(site.resolve("nope"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("no built site"), problems.toString());
    }
}
