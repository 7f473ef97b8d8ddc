package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a build that would publish nothing, or that --strict fails, never replaces the site a
 * reader already has; a missing content folder is a usage error, not an empty reader.
 */
class FailingLoudlyTest {

    @TempDir
    Path tmp;
    ContentFixture fx;
    Map<String, String> before;

    @BeforeEach
    void aPublishedSite() throws Exception {
        fx = new ContentFixture(tmp);
        fx.write("river.txt", ContentFixture.article("River levels rise after a week of rain", 4));
        assertEquals(0, fx.build().exit());
        assertTrue(Files.exists(fx.out.resolve("articles/river.html")), "the article's page is published");
        before = ContentFixture.snapshot(fx.out);
    }

    @Test
    void aMissingContentFolderIsAUsageErrorAndTheSiteStays() throws Exception {
        ContentFixture.Run r = ContentFixture.cli("build", "--content", tmp.resolve("no-such-folder").toString(),
                "--out", fx.out.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("no content folder at"), r.err());
        assertEquals(before, ContentFixture.snapshot(fx.out));
    }

    @Test
    void noArticleBuiltFailsAndKeepsTheSiteUnlessAllowed() throws Exception {
        Files.delete(fx.articles.resolve("river.txt"));
        ContentFixture.Run r = fx.build();
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("no article was built"), r.err());
        assertEquals(before, ContentFixture.snapshot(fx.out), "the previous site is left as it was");

        ContentFixture.Run allowed = fx.build("--allow-empty");
        assertEquals(0, allowed.exit(), allowed.err());
        assertFalse(Files.exists(fx.out.resolve("articles/river.html")), "the empty site was published");
    }

    @Test
    void aStrictFailureKeepsTheSite() throws Exception {
        fx.write("empty.txt", "");
        ContentFixture.Run r = fx.build("--strict");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("(--strict)"), r.err());
        assertEquals(before, ContentFixture.snapshot(fx.out), "--strict must not replace the site it fails");
        assertEquals(0, fx.build().exit(), "without --strict the same content builds, with a warning");
    }
}
