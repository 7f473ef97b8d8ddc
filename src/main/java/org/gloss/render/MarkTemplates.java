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
 * A built-in template is drawn by its Java equivalent ({@link CompiledMarks}) while the theme's
 * text of it is the built-in one; its output is read and checked the same way.
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
    /** The words {@code t()} finds for that language: what a compiled mark writes too. */
    private final Messages words;
    /** Where a template's output is read as if it were: in a page's body (the parse only reads it). */
    private final Element context = Document.createShell("").body();
    /** Reads the plain markup templates write without the parser; {@link #parsed} reads the rest. */
    private final MarkupReader reader = new MarkupReader();
    private final Map<Key, Shape> wrappers = new ConcurrentHashMap<>();
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
    /** What {@code mark_piece} made, by template and every variable it saw but {@code site} (the same for all). */
    private final Map<Key, String> pieces = new ConcurrentHashMap<>();
    /** The same, for {@link #fixed} variables, by the map itself. */
    private final Map<Same, String> drawnFor = new ConcurrentHashMap<>();
    /** Each piece's markup as the page prints it ({@link #printedPiece}), by the piece's markup. */
    private final Map<String, String> printedPieces = new ConcurrentHashMap<>();

    /**
     * How a template reaches the render it is part of ({@code mark_piece}'s memo): a name no template
     * can write as a variable, so it neither shadows nor shows a theme's own.
     */
    static final String SELF = "gloss:marks";

    /** What {@code template} gave for {@code data}. */
    private record Key(String template, Map<?, ?> data) {
    }

    /** A wrapping mark's element: its tag and attributes. */
    record Shape(String tag, Map<String, String> attributes) {
    }

    /** The mark templates of {@code theme}, for a site in {@code language} (a BCP 47 tag; null for English). */
    public MarkTemplates(Theme theme, String language) {
        this.theme = theme;
        this.site = language == null ? Map.of() : Map.of("language", language);
        this.words = theme.messages(language);
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
        Map<String, Object> copy = new HashMap<>(data);
        Shape shape = wrappers.computeIfAbsent(new Key(template, copy), k -> wrapper(template, copy));
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

    /**
     * What {@link #fragment(String, Map)} makes, as the page prints it: for a page that only
     * prints what it adds ({@link ArticleBody#addAfter(Element, String)}), so it is not read into
     * nodes to be printed again.
     */
    public String html(String template, Map<String, Object> data) {
        String direct = printedCompiled(template, null, data);
        return direct != null ? direct : printed(render(template, data));
    }

    /** What {@link #fragment(String, String, Map)} makes, as the page prints it (see {@link #html(String, Map)}). */
    public String html(String first, String second, Map<String, Object> data) {
        String direct = printedCompiled(first, second, data);
        if (direct != null) {
            return direct;
        }
        MarkWriter out = new MarkWriter(8 * MARK_CHARS);
        MarkContext context = new MarkContext(data, site, this);
        out.renderStripped(this, first, context);
        out.renderStripped(this, second, context);
        return printed(out.toString());
    }

    /**
     * What {@link #html(String, String, Map)} gives ({@code second} may be null), written as the
     * page prints it by the compiled templates ({@link MarkOut}) without the check in between:
     * null, for the checked path, unless both are the built-in ones and take {@code data} so.
     */
    String printedCompiled(String first, String second, Map<String, Object> data) {
        CompiledMark a = theme.compiledMark(first);
        CompiledMark b = second == null ? null : theme.compiledMark(second);
        if (a == null || (second != null && b == null)) {
            return null;
        }
        StringBuilder text = new StringBuilder(8 * MARK_CHARS);
        MarkOut out = new MarkOut(text, true);
        MarkContext context = new MarkContext(data, site, this);
        try {
            // Each built-in template's output starts with '<' and ends with '>': nothing to strip.
            a.drawing().write(context, words, this, out);
            if (b != null) {
                b.drawing().write(context, words, this, out);
            }
        } catch (RuntimeException e) {
            // Data the built-in templates are never given, or a value the check must see.
            return null;
        }
        return text.toString();
    }

    /**
     * A built-in wrapping mark's element made straight from {@code data} ({@link CompiledMark.Shaping}),
     * not drawn and read back; null, for the checked path, for any other template or data.
     */
    Shape compiledShape(String template, Map<String, Object> data) {
        CompiledMark m = theme.compiledMark(template);
        if (m == null || m.shaping() == null) {
            return null;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        try {
            return new Shape(m.shaping().shape(new MarkContext(data, site, this), attrs), attrs);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * {@link #piece} as the page prints it, for a compiled popover written printed: each piece
     * checked and printed once. Only a built-in piece template's: its markup is the same printed
     * alone as inside a popover (a span holding a link and a time); a theme's own is printed in
     * its context, on the checked path.
     */
    String printedPiece(String template, Map<?, ?> vars) {
        if (theme.compiledMark(template) == null) {
            throw new MarkVars.Unlike("a theme's own piece is printed in its context");
        }
        String html = piece(template, vars);
        String printed = printedPieces.get(html);
        if (printed == null) {
            printed = reader.print(html);
            if (printed == null) {
                throw new MarkVars.Unlike("a piece the check does not print as it is");
            }
            printedPieces.putIfAbsent(html, printed);
        }
        return printed;
    }

    /**
     * {@code html} as its nodes ({@link #parse}) print in a page: written straight from the markup
     * where the reader can ({@link MarkupReader#print}), else read, defused and printed.
     */
    private String printed(String html) {
        if (html.isEmpty()) {
            return html;
        }
        String printed = reader.print(html);
        return printed != null ? printed : printed(parse(html));
    }

    /** {@code nodes} as an article page prints them: in a body, not pretty-printed. */
    static String printed(List<Node> nodes) {
        Document scratch = Document.createShell("");
        scratch.outputSettings().prettyPrint(false);
        scratch.body().appendChildren(nodes);
        return scratch.body().html();
    }

    private Shape wrapper(String template, Map<String, Object> data) {
        Shape compiled = compiledShape(template, data);
        if (compiled != null) {
            return compiled;
        }
        String html = render(template, data);
        MarkupReader.Lone lone = reader.readLone(html);
        if (lone != null) {
            // As the node read from it gives them: a value not written is empty.
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int k = 0; k < lone.keys().size(); k++) {
                String value = lone.values().get(k);
                attrs.put(lone.keys().get(k), value == null ? "" : value);
            }
            return new Shape(lone.name(), attrs);
        }
        List<Node> nodes = parse(html);
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
     * variables and, the same for every piece, the site. {@code vars} is looked up as it is and
     * copied only when it is drawn (the key then holds the copy: equal maps of the same values).
     */
    String piece(String template, Map<?, ?> vars) {
        if (vars instanceof Fixed fixed && fixed.plain) {
            // Found by the map itself: it cannot change, so it gives what it gave. Drawn as an
            // equal map of values would be, so equal fixed maps share one piece too.
            Same same = new Same(template, fixed);
            String html = drawnFor.get(same);
            if (html == null) {
                html = pieceOfValues(template, fixed);
                drawnFor.putIfAbsent(same, html);
            }
            return html;
        }
        if (!plainKeysAndValues(vars)) {
            // A list or map could be equal to another and still read differently (a map's order).
            return render(template, variables(vars));
        }
        return pieceOfValues(template, vars);
    }

    /** {@link #piece} for {@code vars} of plain values, found by comparing them. */
    private String pieceOfValues(String template, Map<?, ?> vars) {
        String html = pieces.get(new Key(template, vars));
        if (html == null) {
            // Not computeIfAbsent: a piece may render pieces itself, and the map's bins are not
            // re-entrant. Two threads may both render one piece; they make the same text.
            Map<String, Object> copy = variables(vars);
            html = render(template, copy);
            pieces.putIfAbsent(new Key(template, copy), html);
        }
        return html;
    }

    /**
     * {@code vars} as variables that never change (a copy), for data many marks list (a printing
     * every popover of its statement lists): {@code mark_piece} finds what it drew for them by the
     * map itself rather than by comparing every value, which under C1 cost more than drawing less.
     */
    public static Map<String, Object> fixed(Map<String, ?> vars) {
        return new Fixed(vars);
    }

    /** Variables that cannot change after they are made; {@code plain} if every value is a {@link #plainValue}. */
    private static final class Fixed extends AbstractMap<String, Object> {

        private final Map<String, Object> vars;
        final boolean plain;

        Fixed(Map<String, ?> given) {
            this.vars = Collections.unmodifiableMap(new HashMap<>(given));
            this.plain = plainKeysAndValues(vars);
        }

        @Override
        public Object get(Object key) {
            return vars.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return vars.containsKey(key);
        }

        @Override
        public int size() {
            return vars.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return vars.entrySet();
        }
    }

    /** A template and the very map it was drawn for (by identity: a {@link Fixed} cannot change). */
    private static final class Same {

        private final String template;
        private final Fixed vars;

        Same(String template, Fixed vars) {
            this.template = template;
            this.vars = vars;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.vars == vars && s.template.equals(template);
        }

        @Override
        public int hashCode() {
            return template.hashCode() * 31 + System.identityHashCode(vars);
        }
    }

    /** {@code given} as a template's variables: a copy, each name as text. */
    static Map<String, Object> variables(Map<?, ?> given) {
        Map<String, Object> vars = new HashMap<>();
        given.forEach((k, v) -> vars.put(String.valueOf(k), v));
        return vars;
    }

    /** Whether every name is text and every value a {@link #plainValue}: a loop, not a stream (C1 runs this per piece). */
    private static boolean plainKeysAndValues(Map<?, ?> vars) {
        for (Map.Entry<?, ?> e : vars.entrySet()) {
            if (!(e.getKey() instanceof String) || !plainValue(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A value that reads the same in a template whenever it is equal: text, a number, a truth value, nothing. */
    private static boolean plainValue(Object v) {
        return v == null || v instanceof String || v instanceof Boolean || v instanceof Character
                || v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal;
    }

    /**
     * Writes {@code template} through its compiled equivalent ({@link CompiledMarks}) if the theme's
     * is the built-in one; false, with nothing written, if Pebble must render it: another template,
     * or data the built-in one is never given.
     */
    private boolean wroteCompiled(String template, MarkContext context, StringBuilder out) {
        CompiledMark fast = theme.compiledMark(template);
        if (fast == null) {
            return false;
        }
        int from = out.length();
        try {
            fast.drawing().write(context, words, this, new MarkOut(out, false));
            return true;
        } catch (RuntimeException e) {
            // Unlike data, or a message no file holds: Pebble renders it, and reports an error by
            // template and line as it does for any template.
            out.setLength(from);
            return false;
        }
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
            if (!marks.wroteCompiled(template, context, text)) {
                Theme.evaluate(marks.compiled(template), template, context, this);
            }
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
