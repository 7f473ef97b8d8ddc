package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkupReader} against the plain path it stands in for ({@link MarkTemplates#parsed}: jsoup's
 * HTML parser, then the script guard): whatever it reads must be the same tree, printing the same,
 * on the default templates' output, on hand-picked awkward markup and on random markup.
 */
class MarkupReaderTest {

    private static final String HOSTILE = "\"><script>alert(1)</script><img src=x onerror=alert(2)>'&amp;\u00a0<!--";

    private final MarkTemplates templates = new MarkTemplates(Theme.load(null), null);
    private final MarkupReader reader = new MarkupReader();

    @Test
    void readsWhatTheDefaultTemplatesMakeEvenFromHostileText() {
        Map<String, Object> printing = new HashMap<>();
        printing.put("href", "../articles/" + HOSTILE + ".html#q");
        printing.put("outlet", HOSTILE);
        printing.put("same_article", false);
        printing.put("date", "2024-03-01");
        printing.put("text", HOSTILE);
        printing.put("title", HOSTILE);
        Map<String, Object> undated = new HashMap<>(printing);
        undated.put("date", null);
        Map<String, Object> same = new HashMap<>(printing);
        same.put("same_article", true);
        Map<String, Object> similar = new HashMap<>(printing);
        similar.put("percent", 87L);
        Map<String, Object> data = new HashMap<>();
        data.put("id", HOSTILE);
        data.put("cluster", HOSTILE);
        data.put("shared", true);
        data.put("speaker", HOSTILE);
        data.put("popover_id", "pop-" + HOSTILE);
        data.put("root", "../");
        data.put("elsewhere", 2L);
        data.put("others", List.of(printing, undated, same));
        data.put("more", 5);
        data.put("quotes_page", "quotes/page/2/index.html");
        data.put("similar", List.of(similar));
        data.put("text", HOSTILE);
        data.put("number", 3);
        data.put("term", HOSTILE);
        data.put("entry_id", HOSTILE);
        data.put("full", true);
        data.put("described", true);
        data.put("expansion", HOSTILE);
        data.put("definition", HOSTILE);
        data.put("site", Map.of());
        List<String> outputs = new ArrayList<>();
        for (String t : List.of("quote", "quote-marker", "popover", "term", "passage", "print/quote",
                "print/quote-note", "print/term", "print/term-note")) {
            outputs.add(Theme.load(null).render("marks/" + t + ".peb", data).strip());
        }
        data.put("elsewhere", 0L);
        data.put("full", false);
        data.put("expansion", null);
        data.put("speaker", null);
        outputs.add(Theme.load(null).render("marks/quote-marker.peb", data).strip());
        outputs.add(Theme.load(null).render("marks/term.peb", data).strip());
        outputs.add(Theme.load(null).render("marks/print/term-note.peb", data).strip());
        outputs.add(Theme.load(null).render("marks/passage-note.peb", Map.of("id", HOSTILE, "others", List.of(
                Map.of("name", HOSTILE, "href", HOSTILE), Map.of("name", "B", "href", "b"),
                Map.of("name", "C", "href", "c")), "more", 0)).strip());
        outputs.add(Theme.load(null).render("marks/passage-note.peb", Map.of("id", HOSTILE, "others", List.of(
                Map.of("name", HOSTILE, "href", HOSTILE)), "more", 7)).strip());

        for (String html : outputs) {
            // Every default template's output is in the subset: the fast path is the one pages take.
            assertNotNull(reader.read(html), html);
            assertNotNull(reader.print(html), html);
            assertSame(html);
        }
    }

    @Test
    void readsOnlyWhatTheParserWouldBuildTheSame() {
        List<String> cases = List.of(
                "<span hidden></span>", "<span data-x></span>", "<span data-x=\"\"></span>",
                "<a href=\"x\">a</a><a href=\"y\">b</a>", "<a href=\"x\"><a href=\"y\">b</a></a>",
                "<li>a<span><li>b</li></span></li>", "<li>a</li><li>b</li>", "<b><b><b><b>x</b></b></b></b>",
                "<span>a<br>b<wbr>c</span>", "<br/>", "<span/>", "<SPAN></SPAN>", "<span></SPAN>",
                "<span>unclosed", "text</span>", "<span>a</b></span>", "<!-- c --><span></span>",
                "<span title='x'></span>", "<span title=x></span>", "<span title = \"x\"></span>",
                "<span a=\"1\" a=\"2\"></span>", "<span a=\"1\"b=\"2\"></span>", "<span onclick=\"x\"></span>",
                "<a href=\" JavaScript:alert(1)\">x</a>", "<a href=\"javascript&#58;x\">x</a>",
                "<script>x</script>", "<div>x</div>", "<p>x</p>", "a &nbsp; b", "a &amp b", "&#x27;&#39;&quot;",
                "a < b", "a > b", "<3", "</>", "a\u0000b", "a\r\nb", "<span>\t\n\f</span>", "≈ 2 — “x”",
                "<time datetime=\"2024-01-01\">1 Jan</time>", "<span  class=\"a\"   id=\"b\"  >x</span >",
                "<span class=\"a\"\n>x</span>", "<sup>1</sup> <sup>2</sup>", "<span xlink:href=\"x\"></span>",
                "<span data-a.b_c=\"x\"></span>", "<span 1=\"x\"></span>", "<span title=\"a\u00a0b&lt;\"></span>",
                "<span title=\"", "<span", "<", "&", "<span title=\"x\"", "<a href=\"a\">x</a><a>y</a>",
                "<span hidden=\"hidden\"></span>", "<span hidden=\"HIDDEN\"></span>", "<span hidden=\"no\"></span>", "<span hidden=\"h\u0131dden\"></span>",
                "<span checked=\"\" data-y=\"\"></span>", "<span title=\"'&#39;\">'&#39;</span>",
                "<span title=\"\ud83d\ude00\">\ud83d\ude00</span>", "a\ud800b", "<span title=\"\udc00\"></span>",
                "a\u0001b", "<span title=\"\u007f\"></span>", "\u0085\u2028\ufeff", "\f");
        int read = 0;
        for (String html : cases) {
            if (reader.read(html) != null) {
                read++;
            }
            assertSame(html);
        }
        assertTrue(read >= 15, "read " + read);
        assertNull(reader.read("<a href=\"x\"><a href=\"y\">b</a></a>"), "a link inside a link is the parser's");
        assertNull(reader.read("<span onclick=\"x\"></span>"), "an event handler is the guard's");
        assertNull(reader.read("<script>x</script>"));
    }

    @Test
    void randomMarkupIsReadAsTheParserReadsIt() {
        String[] pieces = {"<span>", "</span>", "<a href=\"h\">", "</a>", "<li>", "</li>", "<b>", "</b>",
                "<sup class=\"n\" hidden>", "</sup>", "<br>", "<div>", "</div>", "<p>", "<time datetime=\"d\">",
                "</time>", "<em title=\"&quot;&#39;&lt;&gt;&amp;\">", "</em>", "text", " ", "\n", "&amp;", "&lt;",
                "&nbsp;", "&", "<", ">", "\"", "'", "=", "<span data-x>", "<span data-x=\"\">", "<span on=\"x\">",
                "<span onmouseover=\"x\">", "<a href=\"javascript:x\">", "<!--", "-->", "<br/>", "</br>", "<i>",
                "</i>", "<SPAN>", "<span  id=\"i\" >", "é", "\u00a0", "<li value=\"2\">"};
        Random random = new Random(20);
        int read = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            if (n % 2 == 0) {
                // Markup as a template writes it, from escaped random text, sometimes with a stray piece in it.
                element(random, 0, html);
                if (random.nextInt(4) == 0) {
                    html.insert(random.nextInt(html.length() + 1), pieces[random.nextInt(pieces.length)]);
                }
            } else {
                int len = 1 + random.nextInt(12);
                for (int k = 0; k < len; k++) {
                    html.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            if (reader.read(html.toString()) != null) {
                read++;
            }
            assertSame(html.toString());
        }
        // Enough of the random markup is in the subset that the comparison means something.
        assertTrue(read > 4_000, "read " + read);
    }

    private static final String[] TAGS = {"span", "a", "sup", "time", "li", "b", "em", "br", "small"};
    private static final String[] KEYS = {"class", "id", "href", "title", "data-x", "hidden", "aria-label", "value"};
    private static final String CHARS = "ab <>&\"'=/;#x\u00a0\u00e9\u2014!-\n\t\f\u0001\u001f\u007f\u0080\u0085"
            + "\u00ad\u200b\u2028\u202e\ufeff\ufffd\ud83d\ude00\ud800\udc00\u0627\u0416\u4e2d";

    private static void element(Random random, int depth, StringBuilder out) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        out.append('<').append(tag);
        int attrs = random.nextInt(4);
        for (int k = 0; k < attrs; k++) {
            out.append(' ').append(KEYS[random.nextInt(KEYS.length)]);
            if (random.nextInt(5) > 0) {
                out.append("=\"").append(new MarkupEscaper().escape(text(random))).append('"');
            }
        }
        out.append('>');
        if (tag.equals("br")) {
            return;
        }
        int children = depth > 3 ? 0 : random.nextInt(4);
        for (int k = 0; k < children; k++) {
            if (random.nextBoolean()) {
                out.append(new MarkupEscaper().escape(text(random)));
            } else {
                element(random, depth + 1, out);
            }
        }
        out.append("</").append(tag).append('>');
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int len = random.nextInt(8);
        for (int k = 0; k < len; k++) {
            s.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    /**
     * Where the reader reads {@code html}, it gives the parser's tree, and the page prints it the
     * same; where it prints {@code html} without nodes, that is how the page prints those nodes.
     */
    private void assertSame(String html) {
        List<Node> fast = reader.read(html);
        String print = reader.print(html);
        if (fast == null) {
            assertNull(print, html);
            assertNull(reader.readLone(html), html);
            return;
        }
        List<Node> plain = templates.parsed(html);
        assertEquals(dump(plain), dump(fast), html);
        MarkupReader.Lone lone = reader.readLone(html);
        boolean oneEmpty = plain.size() == 1 && plain.get(0) instanceof Element e && e.childNodeSize() == 0;
        assertEquals(oneEmpty, lone != null, html);
        if (lone != null) {
            Element e = (Element) plain.get(0);
            StringBuilder read = new StringBuilder(lone.name());
            for (int k = 0; k < lone.keys().size(); k++) {
                read.append(' ').append(lone.keys().get(k)).append('=').append(lone.values().get(k) == null ? "" : lone.values().get(k));
            }
            StringBuilder parsed = new StringBuilder(e.tagName());
            e.attributes().forEach(a -> parsed.append(' ').append(a.getKey()).append('=').append(a.getValue()));
            assertEquals(parsed.toString(), read.toString(), html);
        }
        assertEquals(printed(plain), printed(fast), html);
        fast.forEach(node -> assertNull(node.parent(), html));
        if (print != null) {
            assertEquals(printed(plain), print, html);
        } else {
            // It leaves to nodes only text it does not print itself: control characters, lone surrogates.
            assertTrue(html.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f
                    || Character.isSurrogate((char) c)), html);
        }
    }

    private static String dump(List<Node> nodes) {
        StringBuilder s = new StringBuilder();
        nodes.forEach(n -> dump(n, s));
        return s.toString();
    }

    private static void dump(Node node, StringBuilder s) {
        if (node instanceof TextNode t) {
            s.append("text[").append(t.getWholeText()).append(']');
        } else if (node instanceof Element e) {
            s.append('<').append(e.normalName()).append(' ').append(e.tagName()).append(' ').append(e.tag().isEmpty());
            for (Attribute a : e.attributes()) {
                s.append(' ').append(a.getKey()).append(a.hasDeclaredValue() ? "=" + a.getValue() : "");
            }
            s.append('>');
            e.childNodes().forEach(c -> dump(c, s));
            s.append("</").append(e.normalName()).append('>');
        } else {
            s.append(node.getClass().getSimpleName()).append('[').append(node.outerHtml()).append(']');
        }
    }

    /** As an article page prints them: in a body, not pretty-printed. */
    private static String printed(List<Node> nodes) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        nodes.forEach(n -> doc.body().appendChild(n.clone()));
        return doc.body().html();
    }
}
