package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.Span;
import org.gloss.core.BuildException;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's mark templates: hostile text stays text, a template's output is checked, repeats share one rendering. */
class MarkTemplatesTest {

    private static final String HOSTILE = "\"><script>alert(1)</script><img src=x onerror=alert(2)>'&";

    @TempDir
    Path tmp;

    private final MarkTemplates builtIn = new MarkTemplates(Theme.load(null), null);

    @Test
    void hostileTextInAMarkStaysInItsAttributes() {
        Map<String, Object> data = termData(HOSTILE);
        Mark m = builtIn.mark("marks/term.peb", data, new Span(0, 0, 3), "t-1");

        assertEquals("a", m.tag());
        assertEquals(HOSTILE, m.attributes().get("data-term"));
        assertEquals(HOSTILE, m.attributes().get("data-definition"));
        assertTrue(m.attributes().keySet().stream().noneMatch(k -> k.startsWith("on")), m.attributes().toString());
    }

    @Test
    void hostileTextInANoteStaysText() {
        List<Node> nodes = builtIn.fragment("marks/passage-note.peb", Map.of("id", "p",
                "others", List.of(Map.of("name", HOSTILE, "href", "../articles/a.html#p", "article_id", "a")),
                "more", 0));

        assertEquals(1, nodes.size());
        Element note = (Element) nodes.get(0);
        assertTrue(note.select("script, img").isEmpty(), note.outerHtml());
        assertEquals("Also in " + HOSTILE, note.text());
        assertEquals(HOSTILE, note.selectFirst("a").text());
    }

    @Test
    void hostileTextEvenInAThemesOwnMarkupStaysText() throws IOException {
        Files.createDirectories(tmp.resolve("marks"));
        Files.writeString(tmp.resolve("marks/passage-note.peb"),
                "<aside>{% for o in others %}<b title={{ o.name }}>{{ o.name }}</b>{% endfor %}</aside>\n");
        List<Node> nodes = new MarkTemplates(Theme.load(tmp), null).fragment("marks/passage-note.peb",
                Map.of("others", List.of(Map.of("name", HOSTILE))));

        // The unquoted attribute ends at the first space, so the rest reads as attributes; none of them runs.
        Element aside = (Element) nodes.get(0);
        assertTrue(aside.select("script, img").isEmpty(), aside.outerHtml());
        assertTrue(aside.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().startsWith("on")), aside.outerHtml());
        assertEquals(HOSTILE, aside.selectFirst("b").text());
    }

    @Test
    void aMarkTemplateMustMakeOneEmptyElement() throws IOException {
        Files.createDirectories(tmp.resolve("marks"));
        Files.writeString(tmp.resolve("marks/term.peb"), "<a>{{ term }}</a><b></b>\n");
        MarkTemplates theme = new MarkTemplates(Theme.load(tmp), null);

        BuildException e = assertThrows(BuildException.class,
                () -> theme.mark("marks/term.peb", termData("x"), new Span(0, 0, 1), null));
        assertTrue(e.getMessage().contains("marks/term.peb"), e.getMessage());
        assertTrue(e.getMessage().contains("one empty element"), e.getMessage());
    }

    @Test
    void aVariableATemplateDoesNotGetIsAnErrorNamingTheTemplate() throws IOException {
        Files.createDirectories(tmp.resolve("marks"));
        Files.writeString(tmp.resolve("marks/passage.peb"), "<span data-x=\"{{ nosuch }}\"></span>\n");
        MarkTemplates theme = new MarkTemplates(Theme.load(tmp), null);

        BuildException e = assertThrows(BuildException.class,
                () -> theme.mark("marks/passage.peb", Map.of("id", "p"), new Span(0, 0, 1), "p"));
        assertTrue(e.getMessage().contains("marks/passage.peb"), e.getMessage());
    }

    @Test
    void repeatedDataKeepsEachMarksOwnPlace() {
        Mark a = builtIn.repeatedMark("marks/term.peb", termData("Wye"), new Span(0, 0, 3), "a");
        Mark b = builtIn.repeatedMark("marks/term.peb", termData("Wye"), new Span(1, 4, 7), "b");
        Mark c = builtIn.repeatedMark("marks/term.peb", termData("Usk"), new Span(1, 8, 11), "c");

        assertEquals(a.attributes(), b.attributes());
        assertEquals(new Span(1, 4, 7), b.span());
        assertEquals("b", b.anchorId());
        assertEquals("Usk", c.attributes().get("data-term"));
    }

    @Test
    void aTemplateSetsItsOwnVariablesWithoutChangingTheData() throws IOException {
        Files.createDirectories(tmp.resolve("marks"));
        Files.writeString(tmp.resolve("marks/quote-marker.peb"), "{% set elsewhere = elsewhere + 1 %}"
                + "{% set word = site.language %}<a data-n=\"{{ elsewhere }}\" data-w=\"{{ word }}\"></a>\n");
        Map<String, Object> data = new HashMap<>(Map.of("elsewhere", 2L));
        List<Node> nodes = new MarkTemplates(Theme.load(tmp), "fr").fragment("marks/quote-marker.peb", data);

        Element a = (Element) nodes.get(0);
        assertEquals("3", a.attr("data-n"));
        assertEquals("fr", a.attr("data-w"));
        assertEquals(Map.of("elsewhere", 2L), data);
    }

    @Test
    void aThemesOwnMarkupOutsideThePlainSubsetIsStillParsedAndGuarded() throws IOException {
        Files.createDirectories(tmp.resolve("marks"));
        // A comment, a block and an unclosed element: the parser's, not MarkupReader's.
        Files.writeString(tmp.resolve("marks/passage-note.peb"),
                "<!-- note --><div class=note onclick=\"x()\"><p>{{ id }}<span>open</div>\n");
        List<Node> nodes = new MarkTemplates(Theme.load(tmp), null).fragment("marks/passage-note.peb",
                Map.of("id", HOSTILE, "others", List.of()));

        Element div = (Element) nodes.get(1);
        assertEquals("div", div.tagName());
        assertTrue(div.attributes().asList().stream().noneMatch(x -> x.getKey().startsWith("on")), div.outerHtml());
        assertEquals(HOSTILE + "open", div.text());
        assertTrue(div.select("script, img").isEmpty(), div.outerHtml());
    }

    @Test
    void aPieceReadsTheSameInAMarkInAMacroAndInAPage() throws IOException {
        Files.createDirectories(tmp.resolve("marks"));
        Files.writeString(tmp.resolve("marks/piece.peb"),
                "{# a piece #}\n  <i data-l=\"{{ site is empty ? '-' : site.language }}\">{{ word }}{% for w in list %}+{{ w }}{% endfor %}</i>\n");
        Files.writeString(tmp.resolve("marks/passage-note.peb"), "{% macro m(v) %}{{ mark_piece(\"marks/piece.peb\", v) }}"
                + "{% endmacro %}<span>{% for o in others %}{{ mark_piece(\"marks/piece.peb\", o) }}{{ m(o) }}{% endfor %}</span>\n");
        Files.writeString(tmp.resolve("page.peb"), "{% for o in others %}{{ mark_piece(\"marks/piece.peb\", o) }}{% endfor %}");
        Theme theme = Theme.load(tmp);
        MarkTemplates marks = new MarkTemplates(theme, "fr");
        List<Map<String, Object>> others = List.of(
                Map.of("word", HOSTILE, "list", List.of()), Map.of("word", "a", "list", List.of("x")),
                Map.of("word", HOSTILE, "list", List.of()), Map.of("word", "a", "list", List.of("y")));
        String i1 = "<i data-l=\"fr\">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&#39;&amp;</i>";
        String i2 = "<i data-l=\"fr\">a+x</i>";
        String i4 = "<i data-l=\"fr\">a+y</i>";

        // Rendered once per equal variables in a mark, each time in a macro, which cannot see the
        // render's memo: the same text. A list is never taken for an equal one.
        Element note = (Element) marks.fragment("marks/passage-note.peb", Map.of("others", others)).get(0);
        // jsoup prints quotation marks in text as themselves; the escaper wrote references.
        String t1 = i1.replace("&quot;", "\"").replace("&#39;", "'");
        String m1 = t1.replace("\"fr\"", "\"-\"");
        String m2 = i2.replace("\"fr\"", "\"-\"");
        String m4 = i4.replace("\"fr\"", "\"-\"");
        assertEquals("<span>" + t1 + m1 + i2 + m2 + t1 + m1 + i4 + m4 + "</span>", note.outerHtml().replace("\n", ""));
        assertEquals(i1 + i2 + i1 + i4, theme.render("page.peb", Map.of("others", others,
                "site", Map.of("language", "fr"))));
    }

    private static Map<String, Object> termData(String text) {
        Map<String, Object> data = new HashMap<>();
        data.put("term", text);
        data.put("root", "../");
        data.put("entry_id", "term-x");
        data.put("full", true);
        data.put("described", true);
        data.put("expansion", null);
        data.put("definition", text);
        return data;
    }
}
