package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Problems with the whole site stop the build with exit 1 and a clear message, leaving the old site. */
class FatalProblemsTest {

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

    @Test
    void malformedGlossary() throws IOException {
        Files.writeString(fx.content.resolve("glossary.yml"), "- term: SDF\n  definition: [unclosed\n");
        assertFatal(fx.build(), "\\S*glossary\\.yml:\\d+:\\d+: error: malformed YAML");
    }

    @Test
    void malformedSiteConfig() throws IOException {
        Files.writeString(fx.content.resolve("site.yml"), "title: ok\n  bad indent: [\n");
        assertFatal(fx.build(), "\\S*site\\.yml:\\d+:\\d+: error: malformed YAML");
    }

    /** Issue 16, item 3: every site.yml error names its line and column, a wrong type too. */
    @Test
    void siteConfigValueOfTheWrongKind() throws IOException {
        Files.writeString(fx.content.resolve("site.yml"), "title: ok\ndescription: [a, list]\n");
        assertFatal(fx.build(), "\\S*site\\.yml:2:14: error: 'description' must be text, not a list or mapping");
    }

    @Test
    void unreadableSiteConfig() throws IOException {
        Files.delete(fx.content.resolve("site.yml"));
        Files.createDirectories(fx.content.resolve("site.yml"));
        assertFatal(fx.build(), "\\S*site\\.yml: error: cannot read: not a regular file");
    }

    @Test
    void brokenTemplate() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("theme"));
        Files.writeString(templates.resolve("article.peb"), "{% extends \"base.peb\" %}{% block content %}{% if %}{% endblock %}");
        ContentFixture.Run run = ContentFixture.cli("build", "--content", fx.content.toString(),
                "--templates", templates.toString(), "--out", fx.out.toString());
        assertFatal(run, "template \\S*article\\.peb(:\\d+)?: error: ");
    }

    @Test
    void outputThatHoldsTheContent() throws IOException {
        ContentFixture.Run run = ContentFixture.cli("build", "--content", fx.content.toString(),
                "--templates", tmp.resolve("none").toString(), "--out", tmp.toString());
        assertFatal(run, "\\S+: error: refusing to write here: it is, or holds, the content");
    }

    /** {@code base_url} goes into canonical links, the feed and the sitemap: only an http(s) address may. */
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "'JavaScript:alert(1)'", "data:text/html,hi", "//evil.example/",
        "/relative/", "example.org", "ftp://example.org/", "https://", "'https://example.org/\" onload=\"x'",
        "https://example.org/?q=1", "https://example.org/#top"})
    void baseUrlThatIsNotAnAbsoluteHttpAddress(String url) throws IOException {
        Files.writeString(fx.content.resolve("site.yml"), "title: Test reader\nbase_url: " + url + "\n");
        assertFatal(fx.build(), "\\S*site\\.yml:2:11: error: base_url must be an absolute http\\(s\\) address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user.github.io/repo/", "http://example.org", "HTTPS://Example.org/reader/"})
    void baseUrlThatIsAnHttpAddressIsUsed(String url) throws IOException {
        Files.writeString(fx.content.resolve("site.yml"), "title: Test reader\nbase_url: " + url + "\n");
        assertEquals(0, fx.build().exit());
        assertTrue(fx.page("index.html").contains("rel=\"canonical\""));
        assertTrue(Files.exists(fx.out.resolve("feed.xml")));
    }

    private void assertFatal(ContentFixture.Run run, String regex) throws IOException {
        assertEquals(1, run.exit(), run.err());
        assertTrue(Pattern.compile("(?m)^" + regex).matcher(run.err()).find(), run.err());
        assertTrue(run.err().contains("was left as it was"), run.err());
        assertEquals(previous, ContentFixture.snapshot(fx.out), "the previous site is untouched");
    }
}
