package org.gloss.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.Writer;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gloss.analyze.Span;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The theme's mark templates ({@code templates/marks/*.peb}), through which features give their
 * annotations a form: a feature decides where a mark goes and what it holds (the template's
 * variables), the template decides its markup. A template's output is parsed as HTML, so what a
 * page gets is well formed whatever a theme writes, and auto-escaping keeps content text.
 *
 * <p>Marks are many (one per quotation, mention, passage), so each template is compiled once per
 * theme (Pebble's cache), and a mark whose variables repeat (a term's) is rendered once per render. Thread-safe: article pages render in parallel.
 */
public final class MarkTemplates {

    /**
     * The most other printings a mark's list names (a popover, a shared passage's note) before its
     * template says how many more: a statement printed in thousands of articles would otherwise
     * list thousands on each of their pages, output growing with the square of the printings.
     */
    public static final int OTHERS_LISTED = 12;

    /** The first {@link #OTHERS_LISTED} of {@code others}: the ones a mark's list names. */
    public static <T> List<T> listed(List<T> others) {
        return others.subList(0, Math.min(others.size(), OTHERS_LISTED));
    }

    private static final int MARK_CHARS = 256;
    private static final Set<String> RUNNING = Set.of("script", "iframe", "object", "embed", "base", "meta", "link");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");

    private final Theme theme;
    /** What every mark template sees as {@code site}: its language, so that {@code t()} speaks it. */
    private final Map<String, Object> site;
    /** Where a template's output is read as if it were: in a page's body (the parse only reads it). */
    private final Element context = Document.createShell("").body();
    /** Reads the plain markup templates write without the parser; {@link #parsed} reads the rest. */
    private final MarkupReader reader = new MarkupReader();
    private final Map<Key, Shape> wrappers = new ConcurrentHashMap<>();
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
    /** What {@code mark_piece} made, by template and every variable it saw but {@code site} (the same for all). */
    private final Map<Key, String> pieces = new ConcurrentHashMap<>();

    /**
     * How a template reaches the render it is part of ({@code mark_piece}'s memo): a name no template
     * can write as a variable, so it neither shadows nor shows a theme's own.
     */
    static final String SELF = "gloss:marks";

    /** What {@code template} gave for {@code data}. */
    private record Key(String template, Map<String, Object> data) {
    }

    /** A wrapping mark's element: its tag and attributes. */
    private record Shape(String tag, Map<String, String> attributes) {
    }

    /** The mark templates of {@code theme}, for a site in {@code language} (a BCP 47 tag; null for English). */
    public MarkTemplates(Theme theme, String language) {
        this.theme = theme;
        this.site = language == null ? Map.of() : Map.of("language", language);
    }

    /**
     * A mark wrapping {@code span} in the one element {@code template} makes from {@code data}
     * (its tag and attributes; the marked words go inside it). {@code anchorId} goes on its first piece.
     */
    public Mark mark(String template, Map<String, Object> data, Span span, String anchorId) {
        Shape shape = wrapper(template, data);
        return new Mark(span, shape.tag(), shape.attributes(), anchorId);
    }

    /**
     * As {@link #mark}, rendering {@code template} once for equal {@code data}: for marks whose
     * data repeats across the site (a term's mentions), not for those unique to one place.
     */
    public Mark repeatedMark(String template, Map<String, Object> data, Span span, String anchorId) {
        Shape shape = wrappers.computeIfAbsent(new Key(template, new HashMap<>(data)), k -> wrapper(k.template(), k.data()));
        return new Mark(span, shape.tag(), shape.attributes(), anchorId);
    }

    /** The nodes {@code template} makes from {@code data}, to add to a page; leading and trailing whitespace dropped. */
    public List<Node> fragment(String template, Map<String, Object> data) {
        return parse(render(template, data));
    }

    /**
     * The nodes {@code first} and then {@code second} make from the same {@code data} (each output
     * stripped of its own leading and trailing whitespace), rendered into one buffer and read in one go.
     */
    public List<Node> fragment(String first, String second, Map<String, Object> data) {
        MarkWriter out = new MarkWriter(8 * MARK_CHARS);
        MarkContext context = new MarkContext(data, site, this);
        out.renderStripped(this, first, context);
        out.renderStripped(this, second, context);
        return parse(out.toString());
    }

    private Shape wrapper(String template, Map<String, Object> data) {
        List<Node> nodes = parse(render(template, data));
        if (nodes.size() != 1 || !(nodes.get(0) instanceof Element el) || el.childNodeSize() > 0) {
            throw new BuildException(Problem.error("template " + template,
                    "a mark template must make one empty element (the marked words go inside it), not: "
                            + abbreviated(nodes)));
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (Attribute a : el.attributes()) {
            attrs.put(a.getKey(), a.getValue());
        }
        return new Shape(el.tagName(), attrs);
    }

    private String render(String template, Map<String, Object> data) {
        MarkWriter out = new MarkWriter(MARK_CHARS);
        out.renderStripped(this, template, new MarkContext(data, site, this));
        return out.toString();
    }

    /**
     * What {@code template} makes of {@code vars} and {@code site} alone (whitespace around it
     * dropped), rendered once per equal {@code vars} in this render: the function
     * {@code mark_piece(template, vars)}. The key is everything the template can see: its name, the
     * variables (a copy: equal maps of the same values) and, the same for every piece, the site.
     */
    String piece(String template, Map<String, Object> vars) {
        if (!vars.values().stream().allMatch(MarkTemplates::plainValue)) {
            // A list or map could be equal to another and still read differently (a map's order).
            return render(template, vars);
        }
        Key key = new Key(template, vars);
        String html = pieces.get(key);
        if (html == null) {
            // Not computeIfAbsent: a piece may render pieces itself, and the map's bins are not
            // re-entrant. Two threads may both render one piece; they make the same text.
            html = render(template, vars);
            pieces.putIfAbsent(key, html);
        }
        return html;
    }

    /** A value that reads the same in a template whenever it is equal: text, a number, a truth value, nothing. */
    private static boolean plainValue(Object v) {
        return v == null || v instanceof String || v instanceof Boolean || v instanceof Character
                || v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal;
    }

    /** Template {@code name}, looked up once per instance rather than through Pebble's cache keys per mark. */
    private PebbleTemplate compiled(String name) {
        PebbleTemplate t = compiled.get(name);
        return t != null ? t : compiled.computeIfAbsent(name, theme::template);
    }

    /**
     * Where marks are rendered: a plain, unsynchronised builder (a {@code StringWriter} takes a lock
     * per write), written to as Pebble writes to a {@code StringWriter} ({@link SpecializedWriter}:
     * numbers appended as such), so the text is the same.
     */
    private static final class MarkWriter extends Writer implements SpecializedWriter {

        private final StringBuilder text;

        MarkWriter(int chars) {
            this.text = new StringBuilder(chars);
        }

        /**
         * Appends what {@code template} makes of {@code context}, less its leading and trailing
         * whitespace (as {@link String#strip()} takes it off).
         */
        void renderStripped(MarkTemplates marks, String template, MarkContext context) {
            int from = text.length();
            Theme.evaluate(marks.compiled(template), template, context, this);
            int end = text.length();
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            text.setLength(end);
            int start = from;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            text.delete(from, start);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            text.append(cbuf, off, len);
        }

        @Override
        public void write(String str) {
            text.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void writeSpecialized(int i) {
            text.append(i);
        }

        @Override
        public void writeSpecialized(long l) {
            text.append(l);
        }

        @Override
        public void writeSpecialized(double d) {
            text.append(d);
        }

        @Override
        public void writeSpecialized(float f) {
            text.append(f);
        }

        @Override
        public void writeSpecialized(short s) {
            text.append(s);
        }

        @Override
        public void writeSpecialized(byte b) {
            text.append(b);
        }

        @Override
        public void writeSpecialized(char c) {
            text.append(c);
        }

        @Override
        public void writeSpecialized(String s) {
            text.append(s);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * A template's variables: {@code data} and {@code site}, read through rather than copied into a
     * new map per mark. Pebble reads its variables with {@code get} and {@code containsKey}; what a
     * template sets ({@code {% set %}} on one of them) goes into a map of its own, as into a copy.
     */
    private static final class MarkContext extends AbstractMap<String, Object> {

        private final Map<String, Object> data;
        private final Map<String, Object> site;
        private Map<String, Object> set;

        private final MarkTemplates marks;

        MarkContext(Map<String, Object> data, Map<String, Object> site, MarkTemplates marks) {
            this.data = data;
            this.site = site;
            this.marks = marks;
        }

        @Override
        public Object get(Object key) {
            if (set != null && set.containsKey(key)) {
                return set.get(key);
            }
            return "site".equals(key) ? site : SELF.equals(key) ? marks : data.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return "site".equals(key) || SELF.equals(key) || data.containsKey(key) || (set != null && set.containsKey(key));
        }

        @Override
        public Object put(String key, Object value) {
            Object before = get(key);
            set = set == null ? new HashMap<>() : set;
            set.put(key, value);
            return before;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new HashMap<>(data);
            all.put("site", site);
            if (set != null) {
                all.putAll(set);
            }
            return Collections.unmodifiableMap(all).entrySet();
        }
    }

    private List<Node> parse(String html) {
        if (html.isEmpty()) {
            return List.of();
        }
        List<Node> read = reader.read(html);
        return read != null ? read : parsed(html);
    }

    /** What {@code html} makes as HTML in a page's body: the reference {@link MarkupReader} keeps to. */
    List<Node> parsed(String html) {
        List<Node> nodes = new ArrayList<>(Parser.parseFragment(html, context, ""));
        // The parse leaves them under a scratch root; a page takes them detached.
        nodes.forEach(Node::remove);
        nodes.forEach(MarkTemplates::defuse);
        return nodes;
    }

    /**
     * Auto-escaping keeps content inside a quoted attribute or text, but not inside an unquoted
     * attribute a theme may write ({@code title={{ name }}}), where a space starts a new one: so
     * what runs is taken out whatever a template wrote. A mark has no business running script.
     */
    private static void defuse(Node root) {
        if (!(root instanceof Element top)) {
            return;
        }
        List<Element> running = null;
        for (Element e : top.getAllElements()) {
            if (RUNNING.contains(e.normalName())) {
                running = running == null ? new ArrayList<>() : running;
                running.add(e);
                continue;
            }
            List<String> drop = null;
            // The HTML parser gives attribute names in lower case.
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                if (key.startsWith("on") || (URL_ATTRIBUTES.contains(key) && a.getValue().strip()
                        .regionMatches(true, 0, "javascript:", 0, "javascript:".length()))) {
                    drop = drop == null ? new ArrayList<>() : drop;
                    drop.add(key);
                }
            }
            if (drop != null) {
                drop.forEach(e::removeAttr);
            }
        }
        if (running != null) {
            running.forEach(Node::remove);
        }
    }

    private static String abbreviated(List<Node> nodes) {
        StringBuilder s = new StringBuilder();
        nodes.forEach(n -> s.append(n instanceof TextNode t ? t.text() : n.outerHtml()));
        return s.length() > 80 ? s.substring(0, 80) + "…" : s.toString();
    }
}
