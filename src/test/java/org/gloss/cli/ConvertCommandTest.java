package org.gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --out} writes new files only: it never overwrites one, its own source included. */
class ConvertCommandTest {

    private static final String ARTICLE = "A headline for the story\n\n"
            + "The council met on Tuesday and voted on the budget for the coming year, after a long debate.\n\n"
            + "Residents attended the meeting in large numbers and many of them spoke before the vote.\n";

    @TempDir
    Path tmp;
    Path in;
    Path out;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        out = tmp.resolve("md");
    }

    private int convert(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "convert";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.commandLine(all).setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err, true))
                .execute(all);
    }

    @Test
    void anExistingFileIsNotOverwritten() throws IOException {
        Path a = Files.writeString(in.resolve("a.txt"), ARTICLE);
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.md"), "my hand edits");

        assertEquals(1, convert(a.toString(), "--out", out.toString(), "--content", tmp.resolve("none").toString()));

        assertEquals("my hand edits", Files.readString(out.resolve("a.md")));
        assertTrue(err.toString().contains(out.resolve("a.md") + " exists"), err.toString());
    }

    @Test
    void twoInputsWithOneOutputAreBothNamedAndNeitherWritten() throws IOException {
        Path a = Files.writeString(in.resolve("a.txt"), ARTICLE);
        Path other = Files.writeString(Files.createDirectories(in.resolve("other")).resolve("a.html"),
                "<html><body><h1>Other</h1><p>" + ARTICLE + "</p></body></html>");
        Path b = Files.writeString(in.resolve("b.txt"), ARTICLE);

        assertEquals(1, convert(a.toString(), other.toString(), b.toString(), "--out", out.toString(),
                "--content", tmp.resolve("none").toString()));

        assertTrue(err.toString().contains(a.toString()) && err.toString().contains(other.toString()), err.toString());
        assertTrue(Files.notExists(out.resolve("a.md")), "neither is written: which one the user wants is theirs to say");
        assertTrue(Files.exists(out.resolve("b.md")), "the others are written");
    }

    @Test
    void neverOverwritesItsOwnSource() throws IOException {
        Path md = Files.writeString(in.resolve("a.md"), "---\ntitle: Mine\n---\n\n" + ARTICLE);

        assertEquals(1, convert(md.toString(), "--out", in.toString(), "--content", tmp.resolve("none").toString()));

        assertTrue(Files.readString(md).startsWith("---\ntitle: Mine\n---\n\nA headline"), "the source is as it was");
        assertTrue(err.toString().contains("the file being converted"), err.toString());
    }

    /**
     * Issue 19: {@code convert a.txt --out content/articles} left a.txt and a.md both there, built
     * twice as a-txt and a-md. The source and its sidecar are renamed *.orig, which the build
     * ignores: one article, with its old id.
     */
    @Test
    void besideItsSourceTheSourceAndSidecarMoveAside() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("content/articles"));
        Path a = Files.writeString(articles.resolve("a.txt"), ARTICLE);
        Files.writeString(articles.resolve("a.yml"), "outlet: The Courier\n");

        assertEquals(0, convert(a.toString(), "--out", articles.toString(), "--content",
                tmp.resolve("content").toString()), err.toString());

        assertTrue(Files.readString(articles.resolve("a.md")).contains("outlet: The Courier"));
        assertEquals(ARTICLE, Files.readString(articles.resolve("a.txt.orig")), "kept, byte for byte");
        assertEquals("outlet: The Courier\n", Files.readString(articles.resolve("a.yml.orig")));
        assertTrue(Files.notExists(a) && Files.notExists(articles.resolve("a.yml")));

        StringWriter buildErr = new StringWriter();
        Path site = tmp.resolve("site");
        assertEquals(0, Main.commandLine("build").setErr(new PrintWriter(buildErr, true))
                .execute("build", "--content", tmp.resolve("content").toString(), "--out", site.toString(),
                        "--templates", tmp.resolve("none").toString()), buildErr.toString());
        assertTrue(Files.exists(site.resolve("articles/a.html")), "built once, with the id it had");
        assertTrue(Files.notExists(site.resolve("articles/a-md.html")) && Files.notExists(site.resolve("articles/a-txt.html")));
        assertTrue(!buildErr.toString().contains("a.txt.orig"), "ignored without a word: " + buildErr);
    }

    @Test
    void anOriginalAlreadyThereStopsItBeforeAnythingIsWritten() throws IOException {
        Path a = Files.writeString(in.resolve("a.txt"), ARTICLE);
        Files.writeString(in.resolve("a.txt.orig"), "an earlier original");

        assertEquals(1, convert(a.toString(), "--out", in.toString(), "--content", tmp.resolve("none").toString()));

        assertTrue(Files.notExists(in.resolve("a.md")));
        assertEquals(ARTICLE, Files.readString(a));
        assertEquals("an earlier original", Files.readString(in.resolve("a.txt.orig")));
        assertTrue(err.toString().contains("a.txt.orig exists"), err.toString());
    }

    /** Elsewhere in the content folder than its articles, convert is still refused. */
    @Test
    void theContentFolderOutsideItsArticlesIsStillRefused() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("content/articles"));
        Path a = Files.writeString(articles.resolve("a.txt"), ARTICLE);

        assertEquals(1, convert(a.toString(), "--out", tmp.resolve("content/md").toString(), "--content",
                tmp.resolve("content").toString()));

        assertTrue(err.toString().contains("refusing to write here"), err.toString());
        assertTrue(Files.exists(a) && Files.notExists(tmp.resolve("content/md")));
    }
}
