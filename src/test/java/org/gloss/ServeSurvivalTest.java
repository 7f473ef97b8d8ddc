package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.gloss.bench.CorpusGenerator;
import org.gloss.core.BuildException;
import org.gloss.core.BuildProgress;
import org.gloss.core.MessageText;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 3: one bad save of {@code glossary.yml} or {@code site.yml} ended {@code serve}
 * ({@code !u44%+d} threw IllegalArgumentException, 20,000 brackets a StackOverflowError). Each
 * bad save is now a problem at FILE:LINE:COL, the last good site is still served, and the next
 * good save builds again.
 */
@Timeout(180) // a hang guard only
class ServeSurvivalTest {

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();

    /** A bad save: which file, what it holds, the line its problem must name. */
    record BadSave(String file, String text, int line) {
    }

    static Stream<BadSave> badSaves() {
        StringBuilder deepIndent = new StringBuilder("- term: SDF\n");
        for (int i = 0; i < 600; i++) {
            deepIndent.append(" ".repeat(i + 2)).append("a:\n");
        }
        return Stream.of(
                new BadSave("glossary.yml", "- term: SDF\n  definition: !u44%+d hi\n", 2),
                new BadSave("glossary.yml", "- term: SDF\n  definition: " + "[".repeat(20_000) + "\n", 2),
                new BadSave("glossary.yml", deepIndent.toString(), 401),
                new BadSave("glossary.yml", "- term: SDF\n  definition: one\n  definition: two\n", 3),
                new BadSave("glossary.yml", "- term: &a SDF\n  expansion: *a\n", 2),
                new BadSave("site.yml", "title: !!binary aGVsbG8=\n", 1),
                new BadSave("site.yml", "title: " + "{".repeat(20_000) + "\n", 1));
    }

    @Test
    void badSavesOfTheSiteFilesKeepTheLastGoodSiteServed() throws Exception {
        Path content = new CorpusGenerator(3, 4).write(tmp.resolve("corpus"), 4);
        Path glossary = content.resolve("glossary.yml");
        Path site = content.resolve("site.yml");
        String goodGlossary = Files.readString(glossary);
        String goodSite = Files.exists(site) ? Files.readString(site) : "title: Corpus\n";
        try (PreviewSession session = PreviewSession.start(content, null, tmp.resolve("out"), 0, BuildProgress.SILENT)) {
            String index = get(session, "/index.html");
            for (BadSave bad : badSaves().toList()) {
                Path file = content.resolve(bad.file());
                Files.writeString(file, bad.text());
                BuildException e = assertThrows(BuildException.class, () -> session.rebuild(Set.of(file)),
                        () -> bad.file() + ": " + MessageText.excerpt(bad.text()));
                Problem p = e.problems().get(0);
                assertTrue(p.file().endsWith(bad.file()), p.toString());
                assertEquals(bad.line(), p.line(), p.toString());
                assertTrue(p.column() > 0, p.toString());
                assertTrue(p.toString().length() < 300, p.toString());
                assertEquals(index, get(session, "/index.html"), "the last good site is still served");
                Files.writeString(glossary, goodGlossary);
                Files.writeString(site, goodSite);
            }
            Files.writeString(site, goodSite.replaceFirst("(?m)^title: .*$", "title: Saved again"));
            session.rebuild(Set.of(site));
            assertTrue(get(session, "/index.html").contains("Saved again"), "a good save builds again");
        }
    }

    private String get(PreviewSession session, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
