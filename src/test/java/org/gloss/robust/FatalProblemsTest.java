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
        assertFatal(run, "\\S+: error: refusing to write the site here: it is, or holds, the content");
    }

    private void assertFatal(ContentFixture.Run run, String regex) throws IOException {
        assertEquals(1, run.exit(), run.err());
        assertTrue(Pattern.compile("(?m)^" + regex).matcher(run.err()).find(), run.err());
        assertTrue(run.err().contains("was left as it was"), run.err());
        assertEquals(previous, ContentFixture.snapshot(fx.out), "the previous site is untouched");
    }
}
