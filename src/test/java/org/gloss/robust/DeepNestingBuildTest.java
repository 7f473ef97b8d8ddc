package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 10: 160,000 nested {@code <div>}s used to run the story search for over 60 s
 * (its work grows with the square of the depth) and keep a core busy after the file was skipped.
 * The depth is now checked first, and the warning names the limit.
 */
@Timeout(120) // a hang guard only: the build takes a few seconds
class DeepNestingBuildTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void deeplyNestedHtmlIsRefusedNamingTheLimit() throws IOException {
        ContentFixture fx = new ContentFixture(tmp);
        fx.write("good.txt", ContentFixture.article("A good article about the council", 3));
        int n = 160_000;
        fx.write("deep.html", "<html><body><h1>Deep page headline</h1><p>The first paragraph of the story.</p>"
                + "<div>".repeat(n) + "<p>Deep text in the middle of the page, a sentence.</p>" + "</div>".repeat(n)
                + "</body></html>");
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("articles/deep.html: warning: HTML nested more than 256 elements deep (the limit)"),
                run.err());
        assertTrue(Files.exists(fx.out.resolve("articles/good.html")));
    }
}
