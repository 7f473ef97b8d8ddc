package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gloss.Gloss;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme overrides one mark template as it overrides a page: a templates folder holding only
 * {@code marks/term.peb} changes the glossary mentions' markup, and nothing else on any page.
 */
class MarkTemplateOverrideTest {

    @TempDir
    static Path tmp;
    static Path plain;
    static Path themed;

    @BeforeAll
    static void build() throws IOException {
        plain = SiteFixture.build(Files.createDirectories(tmp.resolve("plain")));
        Path theme = Files.createDirectories(tmp.resolve("theme/marks"));
        Files.writeString(theme.resolve("term.peb"),
                "<mark class=\"my-term\" data-term=\"{{ term }}\" title=\"{{ definition | default('') }}\"></mark>\n");
        themed = tmp.resolve("themed/site");
        new Gloss(SiteFixture.CONTENT, theme.getParent()).build(themed);
    }

    @Test
    void onlyTheTermMarksChange() throws IOException {
        List<String> pages = SiteFixture.tree(plain);
        assertEquals(pages, SiteFixture.tree(themed));
        int terms = 0;
        for (String page : pages) {
            String before = Files.readString(plain.resolve(page));
            String after = Files.readString(themed.resolve(page));
            if (!page.startsWith("articles/")) {
                assertEquals(before, after, page + " has no term marks, so it is unchanged");
                continue;
            }
            Document a = Jsoup.parse(before);
            Document b = Jsoup.parse(after);
            int plainTerms = a.select("a.term").size();
            assertEquals(plainTerms, b.select("mark.my-term").size(), page);
            assertTrue(b.select("a.term").isEmpty(), page);
            for (Element m : b.select("mark.my-term")) {
                assertTrue(m.hasAttr("data-term") && m.hasAttr("title") && m.id().startsWith("mention-"), m.outerHtml());
            }
            terms += plainTerms;
            a.select("a.term").forEach(Element::unwrap);
            b.select("mark.my-term").forEach(Element::unwrap);
            assertEquals(a.html(), b.html(), page + ": everything but the term marks is as before");
        }
        assertTrue(terms > 0, "the sample marks glossary terms");
    }
}
