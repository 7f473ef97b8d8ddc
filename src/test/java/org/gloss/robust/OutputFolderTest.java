package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a folder Gloss made, holding nothing else, is ever replaced: no user's file is deleted. */
class OutputFolderTest {

    @TempDir
    Path tmp;
    ContentFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ContentFixture(tmp);
        fx.write("a.txt", ContentFixture.article("An article", 2));
    }

    @Test
    void aFolderThatLooksLikeASiteButHasNoMarkerIsRefused() throws IOException {
        Files.createDirectories(fx.out.resolve("data"));
        Files.createDirectories(fx.out.resolve("photos"));
        Files.writeString(fx.out.resolve(".nojekyll"), "");
        Files.writeString(fx.out.resolve("data/annotations.json"), "{}");
        Files.writeString(fx.out.resolve("thesis.docx"), "four years of work");
        Files.writeString(fx.out.resolve("photos/cat.jpg"), "a cat");
        Map<String, String> before = ContentFixture.snapshot(fx.out);

        ContentFixture.Run run = fx.build();

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(fx.out + ": error: refusing to write the site here"), run.err());
        assertTrue(run.err().contains("choose another --out"), run.err());
        assertEquals(before, ContentFixture.snapshot(fx.out), "nothing of the folder changed");
    }

    @Test
    void aFileAddedToABuiltSiteIsNeverDeleted() throws IOException {
        assertEquals(0, fx.build().exit());
        Files.writeString(fx.out.resolve("articles/my-notes.txt"), "notes I keep here");
        Map<String, String> before = ContentFixture.snapshot(fx.out);

        ContentFixture.Run run = fx.build();

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("articles/my-notes.txt"), "names the file: " + run.err());
        assertEquals(before, ContentFixture.snapshot(fx.out));
    }

    @Test
    void anEmptyFolderAddedToABuiltSiteIsKeptToo() throws IOException {
        assertEquals(0, fx.build().exit());
        Files.createDirectories(fx.out.resolve("drafts"));

        ContentFixture.Run run = fx.build();

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("drafts"), run.err());
        assertTrue(Files.isDirectory(fx.out.resolve("drafts")));
    }

    @Test
    void aSiteGlossBuiltIsReplacedBuildAfterBuild() throws IOException {
        assertEquals(0, fx.build().exit());
        fx.write("b.txt", ContentFixture.article("Another article", 2));
        Files.delete(fx.articles.resolve("a.txt"));

        ContentFixture.Run run = fx.build();

        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(fx.out.resolve("articles/b.html")));
        assertTrue(Files.notExists(fx.out.resolve("articles/a.html")), "the previous site was replaced");
    }
}
