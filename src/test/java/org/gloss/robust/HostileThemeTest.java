package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme cloned from git, and the site's own files, are inputs like the articles: a symbolic
 * link leading out of its folder (to {@code /proc/self/environ}, {@code /etc/passwd}, a secret),
 * a broken link and a special file are never read, and each is reported naming the file.
 */
class HostileThemeTest {

    private static final String SECRET = "SECRET-7f3a9c";

    @TempDir
    Path tmp;
    ContentFixture fx;
    Path theme;
    Path secret;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ContentFixture(tmp);
        fx.write("a.txt", ContentFixture.article("An article", 2));
        theme = Files.createDirectories(tmp.resolve("theme/assets")).getParent();
        secret = Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("secret"),
                "title: " + SECRET + "\n- term: " + SECRET + "\n" + SECRET + "\n");
    }

    private ContentFixture.Run build(String... extra) {
        String[] args = Stream.concat(Stream.of("build", "--content", fx.content.toString(), "--templates",
                theme.toString(), "--out", fx.out.toString()), Stream.of(extra)).toArray(String[]::new);
        return ContentFixture.cli(args);
    }

    @Test
    void themeLinksLeadingOutsideAreNotFollowed() throws IOException {
        Files.createSymbolicLink(theme.resolve("assets/env.txt"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(theme.resolve("assets/secret.css"), secret);
        Files.createSymbolicLink(theme.resolve("404.peb"), secret);
        Files.createSymbolicLink(theme.resolve("assets/gone.js"), tmp.resolve("missing.js"));
        Files.writeString(theme.resolve("real.css"), "p { margin: 0 }");
        Files.createSymbolicLink(theme.resolve("assets/inside.css"), theme.resolve("real.css"));

        ContentFixture.Run run = build();

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("template assets/env.txt: warning: symbolic link pointing outside the templates folder; not followed"), run.err());
        assertTrue(run.err().contains("template 404.peb: warning: symbolic link pointing outside the templates folder"), run.err());
        assertTrue(run.err().contains("template assets/secret.css: warning:"), run.err());
        assertTrue(run.err().contains("template assets/gone.js: warning: broken symbolic link"), run.err());
        assertFalse(Files.exists(fx.out.resolve("assets/env.txt")), "the environment is not published");
        assertFalse(Files.exists(fx.out.resolve("assets/secret.css")));
        assertTrue(fx.page("404.html").contains("<html"), "the built-in 404 page is used instead");
        assertNoSecretIn(fx.out);
        assertEquals("p { margin: 0 }", fx.page("assets/inside.css"), "a link inside the theme is followed");
        assertEquals(1, build("--strict").exit(), "they are warnings, so --strict fails");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void specialFilesInTheThemeAreNeverRead() throws IOException, InterruptedException {
        Path fifo = theme.resolve("assets/pipe.css");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Files.createSymbolicLink(theme.resolve("article.peb"), fifo);

        ContentFixture.Run run = build();

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("template assets/pipe.css: note: ignored: not a regular file"), run.err());
        assertTrue(run.err().contains("template article.peb: note: ignored"), run.err());
        assertFalse(Files.exists(fx.out.resolve("assets/pipe.css")));
    }

    @Test
    void siteFilesLinkedOutsideTheContentAreNotRead() throws IOException {
        for (String name : new String[] {"site.yml", "glossary.yml", "furniture.yml"}) {
            Files.deleteIfExists(fx.content.resolve(name));
            Files.createSymbolicLink(fx.content.resolve(name), secret);
        }
        Files.createSymbolicLink(fx.content.resolve("packet.yml"), tmp.resolve("missing.yml"));

        ContentFixture.Run run = build();

        assertEquals(0, run.exit(), run.err());
        for (String name : new String[] {"site.yml", "glossary.yml", "furniture.yml"}) {
            assertTrue(run.err().contains(name + ": warning: symbolic link pointing outside the content folder; "
                    + "not followed"), name + " in " + run.err());
        }
        assertTrue(run.err().contains("packet.yml: warning: broken symbolic link"), run.err());
        assertNoSecretIn(fx.out);
    }

    @Test
    void thePacketReadsItsSettingsThroughTheSameGuard() throws IOException {
        Files.createSymbolicLink(fx.content.resolve("packet.yml"), secret);

        ContentFixture.Run run = ContentFixture.cli("packet", "--content", fx.content.toString(), "--templates",
                theme.toString(), "--out", tmp.resolve("packet").toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("packet.yml: warning: symbolic link pointing outside the content folder"),
                run.err());
        assertFalse(Files.readString(tmp.resolve("packet/packet.html")).contains(SECRET));
    }

    @Test
    void aSiteFileLinkedInsideTheContentIsRead() throws IOException {
        Path real = Files.writeString(fx.content.resolve("real-site.yml"),
                "title: Linked title\n");
        Files.delete(fx.content.resolve("site.yml"));
        Files.createSymbolicLink(fx.content.resolve("site.yml"), real);

        ContentFixture.Run run = build();

        assertEquals(0, run.exit(), run.err());
        assertTrue(fx.page("index.html").contains("Linked title"));
    }

    private static void assertNoSecretIn(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8).contains(SECRET),
                        p + " carries the secret");
            }
        }
    }
}
