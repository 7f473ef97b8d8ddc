package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the CLI in a child JVM on a large content folder, kills it with SIGKILL while it is
 * writing the new site, and checks the previous site is byte for byte as it was; the next build
 * then cleans up what the killed one left.
 */
class KilledBuildTest {

    private static final int ARTICLES = 800;

    @TempDir
    Path tmp;

    @Test
    void killedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
        ContentFixture fx = new ContentFixture(tmp);
        fx.write("first.txt", ContentFixture.article("The only article of the first site", 3));
        assertEquals(0, fx.build().exit());
        Map<String, String> previous = ContentFixture.snapshot(fx.out);

        for (int i = 0; i < ARTICLES; i++) {
            fx.write(String.format("bulk-%04d.txt", i), ContentFixture.article("Bulk article number " + i, 6));
        }
        Process child = startBuild(fx);
        Optional<Path> staging = awaitStagingWithFiles(child);
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));

        assertTrue(staging.isPresent(), "the build was caught while writing");
        assertNotEquals(0, child.exitValue(), "the build was killed before it finished");
        assertEquals(previous, ContentFixture.snapshot(fx.out), "the previous site is byte for byte as it was");

        try (Stream<Path> bulk = Files.list(fx.articles)) {
            for (Path p : bulk.filter(p -> p.getFileName().toString().startsWith("bulk-")).toList()) {
                Files.delete(p); // keeps the next build quick; it is here to tidy up, not to be big
            }
        }
        assertEquals(0, fx.build().exit(), "the next build succeeds");
        assertEquals(1, countPages(fx.out));
        // The build cache beside the content folder is meant to stay (its half-written entries
        // are never read: BuildCacheTest); the staging folder is not.
        assertEquals(List.of(".gloss-cache", "content", "site"), listing(tmp), "the killed build's leftovers are gone");
    }

    private Process startBuild(ContentFixture fx) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.gloss.cli.Main", "build", "--content", fx.content.toString(),
                "--templates", tmp.resolve("none").toString(), "--out", fx.out.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile())
                .start();
    }

    /** Waits until the child's staging folder holds some article pages; empty if it never did. */
    private Optional<Path> awaitStagingWithFiles(Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String prefix = ".site-building-" + child.pid() + "-";
        while (System.nanoTime() < deadline && child.isAlive()) {
            try (Stream<Path> s = Files.list(tmp)) {
                Optional<Path> staging = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst();
                File articles = staging.map(p -> p.resolve("articles").toFile()).orElse(null);
                String[] written = articles == null ? null : articles.list();
                if (written != null && written.length > 0) {
                    return staging;
                }
            }
            Thread.sleep(2);
        }
        return Optional.empty();
    }

    private static long countPages(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("articles"))) {
            return s.count();
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("child.log")).sorted().toList();
        }
    }
}
