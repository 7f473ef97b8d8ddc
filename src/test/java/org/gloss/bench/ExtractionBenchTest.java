package org.gloss.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchTest {

    private static final String STORY = "The mill reopened on Monday after a year of repairs, the owners said, and forty people went back to work. "
            + "Orders had waited through the winter, and the first lorry left before noon with timber for the school.";

    @Test
    void scoresANewsSetAgainstItsTruth(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("truth.json"), "{\"p1\": {\"articleBody\": \"" + STORY + "\"}}");
        Files.writeString(dir.resolve("p1.html"), "<html><head><title>Mill reopens</title></head><body>"
                + "<nav><a href=/>Home</a></nav><article><h1>Mill reopens</h1><p>" + STORY + "</p></article></body></html>");
        StringWriter out = new StringWriter();
        assertEquals(0, ExtractionBench.run(dir, dir.resolve("work"), 3, new PrintWriter(out, true)));
        assertTrue(out.toString().startsWith("body F1 1.000 (P 1.000 R 1.000) over 1 pages, 0 with no output"), out.toString());
    }

    @Test
    void scoresAReadabilitySetsMetadata(@TempDir Path dir) throws Exception {
        Path page = Files.createDirectories(dir.resolve("mill"));
        Files.writeString(page.resolve("source.html"), "<html><head><title>Mill reopens</title>"
                + "<meta property='og:site_name' content='Valley Post'></head><body><article><h1>Mill reopens</h1><p>"
                + STORY + "</p></article></body></html>");
        Files.writeString(page.resolve("expected.html"), "<div><p>" + STORY + "</p></div>");
        Files.writeString(page.resolve("expected-metadata.json"), "{\"title\": \"Mill reopens\", \"siteName\": \"Valley Post\", \"byline\": \"Ann Smith\"}");
        StringWriter out = new StringWriter();
        ExtractionBench.run(dir, dir.resolve("work"), 0, new PrintWriter(out, true));
        String report = out.toString();
        assertTrue(report.contains("title: 1/1 = 1.00"), report);
        assertTrue(report.contains("siteName: 1/1 = 1.00"), report);
        assertTrue(report.contains("byline: 0/1 = 0.00"), report);
    }
}
