package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each compiled mark ({@link CompiledMarks}) against Pebble rendering the same template the plain
 * way a page is rendered ({@link Theme#render}, stripped): the same text, character for character,
 * on generated data (markup characters in every value, nulls, empty lists, more printings than
 * listed, rewordings, undated and same-article printings, numbers as int and long, plural
 * counts), in the shipped languages and in a theme's own messages whose words hold markup
 * characters and whose placeholders come in another order.
 */
class CompiledMarksDifferentialTest {

    private static final String[] WORDS = {"", " ", "Wye", "a & b", "\"quoted\"", "l'eau", "<b>not markup</b>",
        "Ünïcödé — ¶", "x\u00a0y", "  padded  ", "javascript:alert(1)", "12", "\n", "{count}", "{outlet}",
        "\ud83d\ude00", "&amp;", "'\"<>&", "bell\u0007", "cr\r", "\ud800lone", "JavaScript:alert(1)", " javascript:x",
        "a:b", "nul\u0000"};
    private static final String[] LANGUAGES = {null, "en", "fr", "de", "es", "ru", "ar", "xx"};

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void eachCompiledMarkWritesWhatPebbleWrites(int seed) throws IOException {
        for (Theme theme : new Theme[] {Theme.load(null), themeWithOwnWords()}) {
            for (String language : LANGUAGES) {
                Random random = new Random(seed * 31L + (language == null ? 0 : language.hashCode()));
                MarkTemplates marks = new MarkTemplates(theme, language);
                Messages words = theme.messages(language);
                for (int i = 0; i < 25; i++) {
                    Map<String, Object> popover = popoverData(random);
                    check(theme, marks, words, language, "marks/quote-marker.peb", popover);
                    check(theme, marks, words, language, "marks/popover.peb", popover);
                    checkPair(theme, marks, language, popover);
                    for (Object o : (List<?>) popover.get("others")) {
                        check(theme, marks, words, language, "marks/popover-printing.peb", cast(o));
                    }
                    Map<String, Object> note = new HashMap<>(popover);
                    note.put("number", random.nextBoolean() ? 1 + random.nextInt(40) : (Object) (long) random.nextInt(9));
                    note.put("speaker", random.nextBoolean() ? null : word(random));
                    note.put("text", word(random));
                    check(theme, marks, words, language, "marks/print/quote.peb", note);
                    check(theme, marks, words, language, "marks/print/quote-note.peb", note);
                    Map<String, Object> quote = new HashMap<>();
                    quote.put("id", "q-" + word(random));
                    quote.put("cluster", word(random));
                    quote.put("shared", random.nextBoolean());
                    quote.put("speaker", random.nextBoolean() ? null : word(random));
                    check(theme, marks, words, language, "marks/quote.peb", quote);
                    checkShape(theme, marks, language, "marks/quote.peb", quote);
                    Map<String, Object> term = termData(random);
                    check(theme, marks, words, language, "marks/term.peb", term);
                    checkShape(theme, marks, language, "marks/term.peb", term);
                    term.put("number", 1 + random.nextInt(30));
                    check(theme, marks, words, language, "marks/print/term.peb", term);
                    check(theme, marks, words, language, "marks/print/term-note.peb", term);
                    Map<String, Object> passage = Map.of("id", word(random));
                    check(theme, marks, words, language, "marks/passage.peb", passage);
                    checkShape(theme, marks, language, "marks/passage.peb", passage);
                    check(theme, marks, words, language, "marks/passage-note.peb", passageNoteData(random));
                }
            }
        }
    }

    /** The compiled mark's text is the plain path's; it must take the data (no fall back to Pebble). */
    private static void check(Theme theme, MarkTemplates marks, Messages words, String language, String template,
                              Map<String, Object> data) {
        CompiledMark compiled = theme.compiledMark(template);
        assertNotNull(compiled, template);
        StringBuilder out = new StringBuilder();
        compiled.drawing().write(data, words, marks, new MarkOut(out, false));
        String pebble = pebble(theme, language, template, data);
        assertEquals(pebble, out.toString(), template + " " + language + " " + data);
        // Written as the page prints it, or left to the checked path: either way what the page
        // prints of Pebble's output, read by the HTML parser.
        assertEquals(MarkTemplates.printed(marks.parsed(pebble)), marks.html(template, data),
                template + " " + language + " " + data);
    }

    /** A wrapping mark's element is the one element the plain path's output is read as, its attributes in order. */
    private static void checkShape(Theme theme, MarkTemplates marks, String language, String template,
                                   Map<String, Object> data) {
        List<org.jsoup.nodes.Node> plain = marks.parsed(pebble(theme, language, template, data));
        assertEquals(1, plain.size());
        org.jsoup.nodes.Element element = (org.jsoup.nodes.Element) plain.get(0);
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        element.attributes().forEach(a -> attributes.put(a.getKey(), a.getValue()));
        Mark m = marks.mark(template, data, new org.gloss.analyze.Span(0, 0, 1), "a");
        assertEquals(element.tagName(), m.tag(), template + " " + data);
        assertEquals(List.copyOf(attributes.entrySet()), List.copyOf(m.attributes().entrySet()), template + " " + data);
    }

    /** The plain path: the template rendered as a page is, by Pebble, stripped. */
    private static String pebble(Theme theme, String language, String template, Map<String, Object> data) {
        Map<String, Object> context = new HashMap<>(data);
        context.put("site", language == null ? Map.of() : Map.of("language", language));
        return theme.render(template, context).strip();
    }

    /** A marker and its popover, printed as one, are what the page prints of Pebble's two outputs. */
    private static void checkPair(Theme theme, MarkTemplates marks, String language, Map<String, Object> data) {
        String pebble = pebble(theme, language, "marks/quote-marker.peb", data)
                + pebble(theme, language, "marks/popover.peb", data);
        assertEquals(MarkTemplates.printed(marks.parsed(pebble)),
                marks.html("marks/quote-marker.peb", "marks/popover.peb", data), language + " " + data);
    }

    /**
     * A theme with no templates of its own, so its marks are the compiled ones, but words of its
     * own: markup characters in them, placeholders in another order or twice, a message with no
     * plural forms where the built-in has them, a date pattern, and a language no shipped file has.
     */
    private Theme themeWithOwnWords() throws IOException {
        Path dir = tmp.resolve("words");
        Files.createDirectories(dir.resolve("messages"));
        String own = String.join("\n",
                "date.format=d MMMM yyyy",
                "list.separator=\\ & ",
                "list.last_separator=\\ <et> ",
                "article.undated=sans \"date\"",
                "quote.marker.reworded=Reformul\u00e9e <ailleurs> & 'l\u00e0'",
                "quote.marker.elsewhere.one=Une autre & {count}",
                "quote.marker.elsewhere.other={count} autres & <plus>",
                "quote.popover.label=Autres \"versions\"",
                "quote.popover.title=Aussi <publi\u00e9e>",
                "quote.popover.reworded={percent} % & reformul\u00e9e",
                "quote.popover.all=Tout 'comparer'",
                "quote.popover.same_article=ici & l\u00e0",
                "quote.popover.printing=le {date} <dans> {outlet} & {date}",
                "quote.popover.printing_undated={outlet}",
                "quote.popover.more={count} de plus & <autres>",
                "passage.note={outlets} & <aussi> {outlets}",
                "passage.note.more.one={count} <autre>",
                "passage.note.more.other={count} 'autres'",
                "packet.unattributed=<Anonyme>",
                "packet.note.also_printed=publi\u00e9e & \"aussi\"",
                "packet.note.printing={date} \u00ab {title} \u00bb <{outlet}>",
                "packet.note.reworded=reformul\u00e9e ({percent} % & plus)",
                "");
        Files.writeString(dir.resolve("messages/fr.properties"), own);
        Files.writeString(dir.resolve("messages/xx.properties"), own.replace("d MMMM yyyy", "iso")
                .replace("quote.popover.printing=", "quote.popover.printing=[xx] "));
        return Theme.load(dir);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Either kind of whole number the features give (an int, a long): both must print and compare alike. */
    private static Object count(Random random, int bound) {
        int n = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(bound);
        return random.nextBoolean() ? (Object) n : (Object) (long) n;
    }

    private static Map<String, Object> printing(Random random) {
        Map<String, Object> p = new HashMap<>();
        p.put("href", random.nextInt(6) == 0 ? word(random) : "../articles/" + word(random) + ".html#q-" + random.nextInt(99));
        p.put("outlet", word(random));
        p.put("same_article", random.nextInt(5) == 0);
        p.put("date", random.nextBoolean() ? null : random.nextInt(8) == 0 ? word(random)
                : "20" + (10 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
        p.put("text", word(random));
        p.put("title", word(random));
        return random.nextInt(3) == 0 ? MarkTemplates.fixed(p) : p;
    }

    private static Map<String, Object> popoverData(Random random) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", "q-" + random.nextInt(1000));
        data.put("cluster", "c-" + word(random));
        data.put("quotes_page", random.nextBoolean() ? "quotes.html" : word(random));
        data.put("popover_id", "pop-" + word(random));
        data.put("root", random.nextBoolean() ? "../" : word(random));
        data.put("elsewhere", random.nextBoolean() ? (Object) (long) random.nextInt(3) : count(random, 130));
        List<Map<String, Object>> others = new ArrayList<>();
        for (int n = random.nextInt(4) == 0 ? 0 : random.nextInt(13); n > 0; n--) {
            others.add(printing(random));
        }
        data.put("others", others);
        data.put("more", random.nextInt(3) == 0 ? count(random, 5000) : 0);
        List<Map<String, Object>> similar = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            Map<String, Object> p = new HashMap<>(printing(random));
            p.put("percent", count(random, 101));
            similar.add(p);
        }
        data.put("similar", similar);
        return data;
    }

    private static Map<String, Object> passageNoteData(Random random) {
        List<Map<String, Object>> others = new ArrayList<>();
        for (int n = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(12); n > 0; n--) {
            others.add(Map.of("name", word(random), "article_id", "a" + n,
                    "href", random.nextInt(6) == 0 ? word(random)
                            : "../articles/" + word(random) + ".html#passage-1-" + random.nextInt(500)));
        }
        Map<String, Object> data = new HashMap<>();
        data.put("id", "passage-0-" + random.nextInt(100));
        data.put("others", others);
        data.put("more", random.nextInt(3) == 0 ? count(random, 100) : 0);
        return data;
    }

    private static Map<String, Object> termData(Random random) {
        Map<String, Object> data = new HashMap<>();
        data.put("term", word(random));
        data.put("root", random.nextBoolean() ? "../" : word(random));
        data.put("entry_id", "term-" + word(random));
        data.put("full", random.nextBoolean());
        boolean described = random.nextBoolean();
        data.put("described", described);
        data.put("expansion", random.nextBoolean() ? word(random) : null);
        data.put("definition", described || random.nextBoolean() ? word(random) : null);
        return data;
    }
}
