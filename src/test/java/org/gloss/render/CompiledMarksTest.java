package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gloss.analyze.Span;
import org.gloss.core.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a mark is drawn by its compiled template ({@link CompiledMarks}) and when by Pebble: the
 * default theme's every mark compiled (so a built-in template changed without its compiled
 * counterpart fails here rather than quietly going slow), a theme's edited copy never compiled
 * (so no one sees stale output), and data the built-in templates are never given left to Pebble.
 */
class CompiledMarksTest {

    @TempDir
    Path tmp;

    @Test
    void everyBuiltInMarkTemplateIsCompiled() throws IOException, URISyntaxException {
        Path builtIn = Path.of(Theme.class.getClassLoader().getResource("theme/marks").toURI());
        Theme theme = Theme.load(null);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(builtIn)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= 11, files.toString());
        for (Path f : files) {
            String name = "marks/" + builtIn.relativize(f).toString().replace('\\', '/');
            assertNotNull(theme.compiledMark(name), name + " has no compiled counterpart for its source (SHA-256 "
                    + CompiledMarks.digest(Files.readString(f)) + "): write it in CompiledMarks, or update it and its digest");
        }
    }

    @Test
    void aVerbatimCopyIsCompiledAnEditedOneIsPebbles() throws IOException {
        Theme builtIn = Theme.load(null);
        Files.createDirectories(tmp.resolve("marks"));
        Files.writeString(tmp.resolve("marks/quote-marker.peb"), builtIn.source("marks/quote-marker.peb"));
        // One character more: a class the built-in template does not write.
        Files.writeString(tmp.resolve("marks/popover-printing.peb"),
                builtIn.source("marks/popover-printing.peb").replace("<span>", "<span class=\"mine\">"));
        Theme theme = Theme.load(tmp);

        assertNotNull(theme.compiledMark("marks/quote-marker.peb"));
        assertNull(theme.compiledMark("marks/popover-printing.peb"));
        assertNotNull(theme.compiledMark("marks/popover.peb"));
        assertNull(theme.compiledMark("marks/no-such.peb"));
        // The compiled popover draws the theme's own printing, through Pebble.
        String html = new MarkTemplates(theme, null).html("marks/quote-marker.peb", "marks/popover.peb", popover(2L));
        assertTrue(html.contains("<span class=\"mine\">in <a class=\"quote-elsewhere\""), html);
        assertTrue(html.startsWith("<a class=\"quote-marker\""), html);
        // Printed directly only where every template is the built-in one: the theme's piece is
        // printed in its context, on the checked path.
        assertNull(new MarkTemplates(theme, null).printedCompiled("marks/quote-marker.peb", "marks/popover.peb", popover(2L)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBuiltInMarkIsWrittenAsPrintedUnlessTheCheckMustSeeIt() {
        MarkTemplates marks = new MarkTemplates(Theme.load(null), null);
        Map<String, Object> plain = popover(2L);
        assertNotNull(marks.printedCompiled("marks/quote-marker.peb", "marks/popover.peb", plain));

        // A link naming a scheme, a control character: the checked path, which takes the script
        // URL out and prints what it keeps.
        for (Map.Entry<String, String> odd : Map.of("href", " JavaScript:alert(1)", "outlet", "bell\u0007",
                "date", "\ud800").entrySet()) {
            Map<String, Object> printing = new HashMap<>(((List<Map<String, Object>>) plain.get("others")).get(0));
            printing.put(odd.getKey(), odd.getValue());
            Map<String, Object> data = new HashMap<>(plain);
            data.put("others", List.of(printing));
            assertNull(marks.printedCompiled("marks/quote-marker.peb", "marks/popover.peb", data), odd.toString());
            String html = marks.html("marks/quote-marker.peb", "marks/popover.peb", data);
            assertFalse(html.toLowerCase().contains("javascript:"), html);
        }
    }

    @Test
    void dataTheBuiltInTemplatesAreNeverGivenIsRenderedByPebble() {
        Theme theme = Theme.load(null);
        MarkTemplates marks = new MarkTemplates(theme, "fr");
        // A fraction Pebble writes its own way; the compiled marker takes whole numbers only.
        Map<String, Object> data = popover(2.5);
        Map<String, Object> context = new HashMap<>(data);
        context.put("site", Map.of("language", "fr"));
        String pebble = theme.render("marks/quote-marker.peb", context).strip();
        assertTrue(pebble.contains(">2.5</a>"), pebble);
        assertEquals(MarkTemplates.printed(marks.parsed(pebble)), marks.html("marks/quote-marker.peb", data));

        // A variable missing is Pebble's error, naming the template, as for any theme's.
        BuildException e = assertThrows(BuildException.class,
                () -> marks.mark("marks/passage.peb", Map.of(), new Span(0, 0, 1), "p"));
        assertTrue(e.getMessage().contains("marks/passage.peb"), e.getMessage());
        assertFalse(e.getCause() instanceof MarkVars.Unlike, e.toString());
    }

    @Test
    void aBuiltInWrappingMarkIsMadeFromItsDataUnlessTheCheckMustSeeIt() {
        MarkTemplates marks = new MarkTemplates(Theme.load(null), null);
        Map<String, Object> term = new HashMap<>();
        term.put("term", "Wye & <Usk>");
        term.put("root", "../");
        term.put("entry_id", "term-wye");
        term.put("full", true);
        term.put("described", true);
        term.put("expansion", null);
        term.put("definition", "a \"river\"");
        assertEquals(new MarkTemplates.Shape("a", attributes("class", "term", "data-term", "Wye & <Usk>",
                "href", "../glossary.html#term-wye", "data-definition", "a \"river\"")),
                marks.compiledShape("marks/term.peb", term));

        // A link naming a scheme: the checked path, which takes it out.
        term.put("root", "javascript:alert(1)//");
        assertNull(marks.compiledShape("marks/term.peb", term));
        assertFalse(marks.mark("marks/term.peb", term, new Span(0, 0, 1), "t").attributes().containsKey("href"));
        term.put("root", "../");
        term.put("term", "bell\u0007");
        assertNull(marks.compiledShape("marks/term.peb", term));
    }

    private static Map<String, String> attributes(String... keysAndValues) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static Map<String, Object> popover(Object elsewhere) {
        Map<String, Object> printing = new HashMap<>();
        printing.put("href", "../articles/b.html#q-2");
        printing.put("outlet", "Wye & Usk");
        printing.put("same_article", false);
        printing.put("date", "2024-03-16");
        Map<String, Object> data = new HashMap<>();
        data.put("cluster", "c-1");
        data.put("quotes_page", "quotes.html");
        data.put("popover_id", "pop-q-1");
        data.put("root", "../");
        data.put("elsewhere", elsewhere);
        data.put("others", List.of(printing));
        data.put("more", 0);
        data.put("similar", List.of());
        return data;
    }
}
