package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles that collide by title, file name or slug all get pages, with ids stable across builds. */
class NothingLostTest {

    @TempDir
    Path tmp;
    ContentFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ContentFixture(tmp);
    }

    @Test
    void collidingArticlesAllGetPagesWithStableIds() throws IOException {
        fx.write("a.txt", ContentFixture.article("Same title", 2));
        fx.write("a.md", "---\ntitle: Same title\n---\n\nA markdown article with its own words.\n");
        fx.write("x.txt", ContentFixture.article("First with slug", 1));
        fx.write("x.yml", "slug: shared\n");
        fx.write("y.txt", ContentFixture.article("Second with slug", 1));
        fx.write("y.yml", "slug: shared\n");
        fx.write("sub/a.txt", ContentFixture.article("A file of the same name in a subfolder", 1));

        // a.txt and a.md in one folder are both built, and since issue 19 pointed out (one article
        // in two forms?), so --strict fails on them; sub/a.txt is in another folder.
        ContentFixture.Run strict = fx.build("--strict");
        assertEquals(1, strict.exit(), strict.err());
        assertTrue(strict.err().matches("(?s).*articles/a\\.md \\(a-\\w+\\) and articles/a\\.txt \\(a-\\w+\\) share a name.*"),
                strict.err());
        assertTrue(!strict.err().contains("sub/a.txt ("), strict.err());
        assertEquals(0, fx.build().exit());
        Map<String, String> first = idsBySource();

        assertEquals(5, first.size(), first.toString());
        assertEquals(5, first.values().stream().distinct().count(), first.toString());
        for (String id : first.values()) {
            assertTrue(Files.exists(fx.out.resolve("articles/" + id + ".html")), id);
            assertTrue(Files.exists(fx.out.resolve("md/" + id + ".md")), id);
        }

        assertEquals(0, fx.build().exit());
        assertEquals(first, idsBySource(), "ids are the same on the next build");
    }

    @Test
    void slugCannotWriteOutsideTheOutput() throws IOException {
        fx.write("escape.txt", ContentFixture.article("Path escape attempt", 2));
        fx.write("escape.yml", "slug: ../../../etc/x\n");
        fx.write("abs.md", "---\nslug: /tmp/owned\n---\n\nSome words of the article.\n");
        List<String> before = listing(tmp);

        assertEquals(0, fx.build().exit());

        assertEquals(Map.of("articles/abs.md", "tmp-owned", "articles/escape.txt", "etc-x"), idsBySource());
        List<String> after = new ArrayList<>(listing(tmp));
        after.remove("site");
        after.remove(".gloss-cache"); // the build cache, beside the content folder by design
        assertEquals(before, after, "nothing appeared beside the output");
        try (Stream<Path> s = Files.walk(fx.out)) {
            assertTrue(s.allMatch(p -> p.normalize().startsWith(fx.out)));
        }
    }

    private Map<String, String> idsBySource() throws IOException {
        JsonNode json = new ObjectMapper().readTree(fx.out.resolve("data/annotations.json").toFile());
        Map<String, String> ids = new TreeMap<>();
        json.get("articles").forEach(a -> ids.put(a.get("source").asText(), a.get("id").asText()));
        return ids;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
