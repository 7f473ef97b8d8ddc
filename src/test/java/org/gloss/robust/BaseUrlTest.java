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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code base_url} goes into canonical links, the feed and the sitemap: only an http(s) address may. */
class BaseUrlTest {

    @TempDir
    Path tmp;
    ContentFixture fx;
    Map<String, String> previous;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        fx = new ContentFixture(tmp);
        fx.write("good.txt", ContentFixture.article("A good article", 2));
        assertEquals(0, fx.build().exit());
        previous = ContentFixture.snapshot(fx.out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "'JavaScript:alert(1)'", "data:text/html,hi", "//evil.example/",
        "/relative/", "example.org", "ftp://example.org/", "https://", "'https://example.org/\" onload=\"x'",
        "https://example.org/?q=1", "https://example.org/#top"})
    void anythingButAnAbsoluteHttpAddressStopsTheBuild(String url) throws IOException {
        Files.writeString(fx.content.resolve("site.yml"), "title: Test reader\nbase_url: " + url + "\n");

        ContentFixture.Run run = fx.build();

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("site.yml:2:11: error: base_url must be an absolute http(s) address"),
                run.err());
        assertEquals(previous, ContentFixture.snapshot(fx.out), "the old site is kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user.github.io/repo/", "http://example.org", "HTTPS://Example.org/reader/"})
    void anHttpAddressIsUsed(String url) throws IOException {
        Files.writeString(fx.content.resolve("site.yml"), "title: Test reader\nbase_url: " + url + "\n");

        ContentFixture.Run run = fx.build();

        assertEquals(0, run.exit(), run.err());
        assertTrue(fx.page("index.html").contains("rel=\"canonical\""));
        assertTrue(Files.exists(fx.out.resolve("feed.xml")));
    }
}
