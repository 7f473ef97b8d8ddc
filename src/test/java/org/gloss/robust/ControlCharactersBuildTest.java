package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 12: U+FFFE in a title made {@code feed.xml} malformed, NUL and ESC reached the
 * pages, and a newline in a file name forged an {@code error:} line on the terminal.
 */
class ControlCharactersBuildTest {

    @TempDir
    Path tmp;

    @Test
    void noPageOrFeedCarriesAControlCharacterOrANoncharacter() throws Exception {
        ContentFixture fx = new ContentFixture(tmp);
        Files.writeString(fx.content.resolve("site.yml"), "title: \"Reader\\e\"\nbase_url: https://example.org/r/\n");
        fx.write("raw.md", "---\ntitle: \"Raw \uFFFE title \u001b[31m\"\ndate: 2020-01-02\n---\n"
                + "A body with an ESC\u001b[2J and a DEL\u007f in it, and words, enough words to be a body of text. " + "More words of the story. ".repeat(20) + "\n");
        fx.write("escaped.md", "---\ntitle: \"Escaped \\uFFFE \\0 \\x1b title\"\ndate: 2020-01-03\n---\n"
                + "A body with words, and \\uFFFF in it.\n");
        fx.write("entities.html", "<html><head><title>Entity &#xFFFE; &#27; title</title></head><body>"
                + "<article><p>A story paragraph with an entity &#27;[2J and &#x85; in it, and more words here.</p>"
                + "<p>And a second paragraph of the story, long enough to be the story.</p></article></body></html>");
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        try (Stream<Path> files = Files.walk(fx.out)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(html|xml|json|md|js)"))
                    .toList()) {
                String s = Files.readString(p);
                assertTrue(s.chars().noneMatch(c -> (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
                        || (c >= 0x7f && c < 0xa0) || c == 0xFFFE || c == 0xFFFF), () -> p + " holds a control character");
            }
        }
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(fx.out.resolve("feed.xml").toFile());
        String feed = fx.page("feed.xml");
        assertTrue(feed.contains("Raw  title"), () -> run.err() + feed);
    }

    @Test
    void aNewlineOrEscInAFileNameIsPrintedEscaped() throws IOException {
        ContentFixture fx = new ContentFixture(tmp);
        fx.write("good.txt", ContentFixture.article("A good article", 2));
        fx.write("bad\nerror: forged\u001b[2J.txt", new byte[0]);
        ContentFixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("articles/bad\\nerror: forged\\e[2J.txt: warning: empty file"), run.err());
        assertFalse(run.err().lines().anyMatch(l -> l.startsWith("error: forged")), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
    }
}
