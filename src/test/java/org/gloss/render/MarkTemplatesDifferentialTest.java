package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gloss.analyze.Span;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MarkTemplates}' rendering (each template looked up once, an unsynchronised buffer, two
 * templates in one buffer, a term's mark and a popover's printings ({@code mark_piece}) rendered
 * once per equal data) against the plain way it
 * stands in for: the page path ({@link Theme#render(String, Map)}, a {@code StringWriter}), each
 * output stripped, joined, and read by the HTML parser. Same nodes, same text, for the built-in
 * templates and for a theme's own whose output has whitespace around it and numbers of every kind.
 */
class MarkTemplatesDifferentialTest {

    private static final String[] WORDS = {"", " ", "Wye", "Ross-on-Wye", "a & b", "\"quoted\"", "l'eau",
        "<b>not markup</b>", "Ünïcödé — ¶", "x\u00a0y", "  padded  ", "javascript:alert(1)", "12", "\n",
        "x onclick=alert(1)", "bell\u0007", "\ud83d\ude00"};

    @TempDir
    Path tmp;

    @Test
    void builtInMarksRenderAsThePlainPathDoes() {
        Theme theme = Theme.load(null);
        for (String language : new String[] {null, "fr", "ar"}) {
            MarkTemplates marks = new MarkTemplates(theme, language);
            Random random = new Random(20);
            // Fixed printings, listed again and again as a build's popovers list them.
            List<Map<String, Object>> fixed = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Map<String, Object> popover = popoverData(random, fixed);
                assertSame(plain(theme, language, marks, popover, "marks/quote-marker.peb", "marks/popover.peb"),
                        marks.fragment("marks/quote-marker.peb", "marks/popover.peb", popover));
                assertPrinted(plain(theme, language, marks, popover, "marks/quote-marker.peb", "marks/popover.peb"),
                        marks.html("marks/quote-marker.peb", "marks/popover.peb", popover));
                Map<String, Object> note = new HashMap<>(popover);
                note.put("number", 1 + random.nextInt(40));
                note.put("speaker", random.nextBoolean() ? null : word(random));
                note.put("text", word(random));
                assertSame(plain(theme, language, marks, note, "marks/print/quote.peb"),
                        marks.fragment("marks/print/quote.peb", note));
                assertSame(plain(theme, language, marks, note, "marks/print/quote-note.peb"),
                        marks.fragment("marks/print/quote-note.peb", note));
                Map<String, Object> quote = new HashMap<>();
                quote.put("id", "q-" + word(random));
                quote.put("cluster", word(random));
                quote.put("shared", random.nextBoolean());
                quote.put("speaker", random.nextBoolean() ? null : word(random));
                assertShape(plain(theme, language, marks, quote, "marks/quote.peb"),
                        marks.mark("marks/quote.peb", quote, new Span(0, 0, 1), "a"));
                Map<String, Object> term = termData(random);
                assertShape(plain(theme, language, marks, term, "marks/term.peb"),
                        marks.mark("marks/term.peb", term, new Span(0, 0, 1), "a"));
                Map<String, Object> passageMark = Map.of("id", word(random));
                assertShape(plain(theme, language, marks, passageMark, "marks/passage.peb"),
                        marks.mark("marks/passage.peb", passageMark, new Span(0, 0, 1), "a"));
                Map<String, Object> passage = passageNoteData(random);
                assertSame(plain(theme, language, marks, passage, "marks/passage-note.peb"),
                        marks.fragment("marks/passage-note.peb", passage));
                assertPrinted(plain(theme, language, marks, passage, "marks/passage-note.peb"),
                        marks.html("marks/passage-note.peb", passage));
            }
        }
    }

    @Test
    void aMarkRenderedOncePerEqualDataIsTheMarkRenderedEachTime() {
        Theme theme = Theme.load(null);
        MarkTemplates memo = new MarkTemplates(theme, null);
        Random random = new Random(18);
        List<Map<String, Object>> seen = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // Data drawn from a small pool, each variable on its own: repeats, and near repeats
            // that differ in one variable only, which must not be served the other's mark.
            Map<String, Object> data = i > 0 && random.nextInt(3) == 0
                    ? new HashMap<>(seen.get(random.nextInt(seen.size()))) : termData(random);
            if (random.nextInt(4) == 0) {
                String[] keys = {"term", "root", "entry_id", "full", "described", "expansion", "definition"};
                String key = keys[random.nextInt(keys.length)];
                data.put(key, key.equals("full") || key.equals("described") ? random.nextBoolean() : word(random));
            }
            seen.add(data);
            Span span = new Span(random.nextInt(5), i, i + 3);
            Mark remembered = memo.repeatedMark("marks/term.peb", data, span, "m-" + i);
            Mark fresh = new MarkTemplates(theme, null).mark("marks/term.peb", data, span, "m-" + i);
            assertEquals(fresh, remembered, data.toString());
        }
    }

    @Test
    void aThemesOwnMarksRenderAsThePlainPathDo() throws IOException {
        Files.createDirectories(tmp.resolve("marks"));
        // Whitespace around each output (stripped one template at a time), and every kind of number
        // Pebble writes its own way.
        Files.writeString(tmp.resolve("marks/quote-marker.peb"),
                "\n  \t<a data-n=\"{{ elsewhere }}\" data-i=\"{{ int }}\" data-d=\"{{ double }}\">{{ big }}</a>  \n\n");
        Files.writeString(tmp.resolve("marks/popover.peb"),
                "   {{ word }}<span>{{ elsewhere * 2 }} {{ double / 3 }}</span>{{ word }}<i title={{ word }}>i</i>   \n");
        Files.writeString(tmp.resolve("marks/passage.peb"),
                "\n\n<span class=\"p\" data-x=\"{{ word }}\" hidden data-e=\"\" title=\"{{ word }}\"   data-f></span>\n\n");
        Theme theme = Theme.load(tmp);
        MarkTemplates marks = new MarkTemplates(theme, null);
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Map<String, Object> data = new HashMap<>();
            data.put("elsewhere", random.nextLong() >> random.nextInt(64));
            data.put("int", random.nextInt());
            data.put("double", random.nextDouble() * Math.pow(10, random.nextInt(30) - 15));
            data.put("big", new BigDecimal(random.nextInt(1000)).movePointLeft(random.nextInt(12)));
            data.put("word", word(random));
            assertSame(plain(theme, null, marks, data, "marks/quote-marker.peb", "marks/popover.peb"),
                    marks.fragment("marks/quote-marker.peb", "marks/popover.peb", data));
            assertSame(plain(theme, null, marks, data, "marks/quote-marker.peb"),
                    marks.fragment("marks/quote-marker.peb", data));
            assertPrinted(plain(theme, null, marks, data, "marks/quote-marker.peb", "marks/popover.peb"),
                    marks.html("marks/quote-marker.peb", "marks/popover.peb", data));
            assertPrinted(plain(theme, null, marks, data, "marks/quote-marker.peb"),
                    marks.html("marks/quote-marker.peb", data));
            assertShape(plain(theme, null, marks, data, "marks/passage.peb"),
                    marks.mark("marks/passage.peb", data, new Span(0, 0, 1), "a"));
        }
    }

    /** A wrapping mark has the tag and the attributes, in order, of the one element the plain path reads. */
    private static void assertShape(List<Node> plain, Mark m) {
        assertEquals(1, plain.size());
        Element plainMark = (Element) plain.get(0);
        Map<String, String> attributes = new LinkedHashMap<>();
        plainMark.attributes().forEach(a -> attributes.put(a.getKey(), a.getValue()));
        assertEquals(plainMark.tagName(), m.tag());
        assertEquals(List.copyOf(attributes.entrySet()), List.copyOf(m.attributes().entrySet()));
    }

    /** The plain path: the templates rendered as pages are, each stripped, joined, and parsed. */
    private static List<Node> plain(Theme theme, String language, MarkTemplates marks, Map<String, Object> data,
                                    String... templates) {
        Map<String, Object> context = new HashMap<>(data);
        context.put("site", language == null ? Map.of() : Map.of("language", language));
        StringBuilder html = new StringBuilder();
        for (String t : templates) {
            html.append(theme.render(t, new HashMap<>(context)).strip());
        }
        return html.length() == 0 ? List.of() : marks.parsed(html.toString());
    }

    private static void assertSame(List<Node> plain, List<Node> fast) {
        assertEquals(html(plain), html(fast));
    }

    /** {@code printed}, what a page gets from {@link MarkTemplates#html}, is how the page prints {@code plain}. */
    private static void assertPrinted(List<Node> plain, String printed) {
        assertEquals(MarkTemplates.printed(plain), printed);
    }

    private static String html(List<Node> nodes) {
        StringBuilder s = new StringBuilder();
        nodes.forEach(n -> s.append(n.outerHtml()).append('\u0000'));
        return s.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static Map<String, Object> printing(Random random) {
        Map<String, Object> p = new HashMap<>();
        p.put("href", "../articles/" + word(random) + ".html#q-" + random.nextInt(99));
        p.put("outlet", word(random));
        p.put("same_article", random.nextInt(5) == 0);
        p.put("date", random.nextBoolean() ? null : "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
        p.put("text", word(random));
        p.put("title", word(random));
        return p;
    }

    /**
     * A printing popovers list, drawn so that the same printing comes back (as the printings of one
     * statement list each other) and printings differing in one variable only come back too: a
     * piece rendered once per equal printing must never be served for a near one.
     */
    private static Map<String, Object> pooledPrinting(Random random) {
        Random pool = new Random(random.nextInt(12));
        Map<String, Object> p = printing(pool);
        if (random.nextInt(3) == 0) {
            Map<String, Object> other = printing(random);
            String key = List.copyOf(new java.util.TreeSet<>(p.keySet())).get(random.nextInt(p.size()));
            p.put(key, other.get(key));
        }
        return p;
    }

    private static Map<String, Object> popoverData(Random random, List<Map<String, Object>> fixed) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", "q-" + random.nextInt(1000));
        data.put("cluster", "c-" + word(random));
        data.put("quotes_page", random.nextBoolean() ? "quotes.html" : "quotes/page/2.html");
        data.put("popover_id", "pop-" + random.nextInt(1000));
        data.put("root", random.nextBoolean() ? "../" : "");
        data.put("elsewhere", (long) random.nextInt(30));
        List<Map<String, Object>> others = new ArrayList<>();
        for (int n = random.nextInt(14); n > 0; n--) {
            int way = random.nextInt(3);
            if (way == 0 && !fixed.isEmpty()) {
                others.add(fixed.get(random.nextInt(fixed.size())));
            } else if (way == 1) {
                // A fixed map equal to one drawn before, or near one: found by its values.
                Map<String, Object> p = MarkTemplates.fixed(pooledPrinting(random));
                fixed.add(p);
                others.add(p);
            } else {
                others.add(pooledPrinting(random));
            }
        }
        data.put("others", others);
        data.put("more", random.nextInt(3) == 0 ? random.nextInt(5000) : 0);
        List<Map<String, Object>> similar = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            Map<String, Object> p = pooledPrinting(random);
            p.put("percent", (long) random.nextInt(3) * 10);
            similar.add(p);
        }
        data.put("similar", similar);
        return data;
    }

    private static Map<String, Object> passageNoteData(Random random) {
        List<Map<String, Object>> others = new ArrayList<>();
        for (int n = 1 + random.nextInt(13); n > 0; n--) {
            others.add(Map.of("name", word(random), "article_id", "a" + n,
                    "href", "../articles/a" + n + ".html#passage-1-" + random.nextInt(500)));
        }
        return Map.of("id", "passage-0-" + random.nextInt(100), "others", others,
                "more", random.nextInt(3) == 0 ? random.nextInt(100) : 0);
    }

    private static Map<String, Object> termData(Random random) {
        Map<String, Object> data = new HashMap<>();
        data.put("term", word(random));
        data.put("root", random.nextBoolean() ? "../" : "");
        data.put("entry_id", "term-" + random.nextInt(4));
        data.put("full", random.nextBoolean());
        boolean described = random.nextBoolean();
        data.put("described", described);
        data.put("expansion", described && random.nextBoolean() ? word(random) : null);
        data.put("definition", described ? word(random) : null);
        return data;
    }
}
