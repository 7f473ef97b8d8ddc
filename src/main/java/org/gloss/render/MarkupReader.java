package org.gloss.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Reads a mark template's output into nodes without jsoup's HTML parser, for the plain markup
 * templates write: nested inline elements, every one closed, attributes in double quotes, and
 * only the five references the escaper writes. Within that subset the HTML parser (as a fragment
 * in a body) builds exactly this tree, so the page prints the same; anything outside it (another
 * tag, a comment, an unclosed element, an event handler, a script URL) gets {@code null}, and the
 * caller parses it as HTML. A mark is a few hundred characters and a page has hundreds, so the
 * parser's set-up per fragment cost more than the marks' own markup. Thread-safe (immutable).
 */
final class MarkupReader {

    /**
     * Elements the parser treats as "any other" element in a body: inserted on their start tag,
     * closed by their end tag, nothing implied; {@code a} and {@code li} only as long as none is
     * open around them (then the parser closes the outer one).
     */
    private static final Set<String> PLAIN = Set.of("span", "a", "sup", "sub", "time", "em", "strong", "b",
            "i", "small", "abbr", "cite", "code", "mark", "q", "s", "u", "bdi", "bdo", "data", "dfn", "kbd",
            "samp", "var", "li");
    /** Elements without content, written {@code <br>}. */
    private static final Set<String> VOID = Set.of("br", "wbr");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");

    /** The tags, resolved once: a {@link TagSet} adds to itself as it is asked, so it is not shared. */
    private final Map<String, Tag> tags = new HashMap<>();

    MarkupReader() {
        TagSet set = TagSet.Html();
        for (String name : PLAIN) {
            tags.put(name, set.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault));
        }
        for (String name : VOID) {
            tags.put(name, set.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault));
        }
    }

    /** The top-level nodes {@code html} makes, detached; null if it is not in the subset read here. */
    List<Node> read(String markup) {
        Nodes nodes = new Nodes();
        return scan(markup, nodes) ? nodes.top : null;
    }

    /**
     * What the nodes {@link #read} makes of {@code markup} print as on a page (HTML, not
     * pretty-printed, UTF-8), written without making them; null where {@code read} gives null,
     * and where the text holds a character whose printing is not written here (a control
     * character, a lone surrogate), which the caller then reads into nodes and prints.
     */
    String print(String markup) {
        Printer printer = new Printer(markup.length() + 32);
        return scan(markup, printer) ? printer.out.toString() : null;
    }

    /** What a scan tells: text (decoded), start tags and end tags, in order; false to stop it. */
    private interface Sink {
        boolean text(CharSequence text);

        /** {@code keys} and {@code values} (null: written without a value) in the order written. */
        boolean start(String name, Tag tag, List<String> keys, List<String> values, boolean isVoid);

        void end(String name);
    }

    /**
     * Reads {@code markup} into {@code sink}: true if it is all in the subset (and the sink took
     * it all), false as soon as it is not.
     */
    private boolean scan(String markup, Sink sink) {
        // An array rather than charAt: a mark's markup is read character by character, and the
        // launcher's quick-start JVM (C1) checks every charAt's index.
        char[] html = markup.toCharArray();
        List<String> open = new ArrayList<>(4);
        List<String> keys = new ArrayList<>(4);
        List<String> values = new ArrayList<>(4);
        StringBuilder text = new StringBuilder();
        int n = html.length;
        int i = 0;
        while (i < n) {
            char c = html[i];
            if (c == '<') {
                if (!flush(text, sink)) {
                    return false;
                }
                if (i + 1 < n && html[i + 1] == '/') {
                    int end = endTag(html, i + 2, open);
                    if (end < 0) {
                        return false;
                    }
                    sink.end(open.remove(open.size() - 1));
                    i = end;
                } else {
                    i = startTag(html, i + 1, open, keys, values, sink);
                    if (i < 0) {
                        return false;
                    }
                }
            } else if (c == '&') {
                i = reference(html, i, text);
                if (i < 0) {
                    return false;
                }
            } else if (c == '\0' || c == '\r') {
                return false;
            } else {
                int run = i + 1;
                while (run < n && isText(html[run])) {
                    run++;
                }
                text.append(html, i, run - i);
                i = run;
            }
        }
        return open.isEmpty() && flush(text, sink);
    }

    private static boolean flush(StringBuilder text, Sink sink) {
        if (text.length() == 0) {
            return true;
        }
        boolean took = sink.text(text);
        text.setLength(0);
        return took;
    }

    /** Reads {@code </name>} from {@code at} (after {@code </}); where it ends, or -1 unless it closes the innermost open element. */
    private static int endTag(char[] html, int at, List<String> open) {
        if (open.isEmpty()) {
            return -1;
        }
        String name = open.get(open.size() - 1);
        int close = at + name.length();
        if (close >= html.length || html[close] != '>' || !startsWith(html, at, name)) {
            return -1;
        }
        return close + 1;
    }

    private static boolean startsWith(char[] html, int at, String s) {
        if (at + s.length() > html.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (html[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Reads a start tag from {@code at} (after {@code <}) into {@code sink}; where it ends, or -1. */
    private int startTag(char[] html, int at, List<String> open, List<String> keys, List<String> values, Sink sink) {
        int n = html.length;
        int i = at;
        while (i < n && (isLower(html[i]) || (i > at && isDigit(html[i])))) {
            i++;
        }
        if (i == at || i >= n) {
            return -1;
        }
        String name = new String(html, at, i - at);
        Tag tag = tags.get(name);
        if (tag == null || ((name.equals("a") || name.equals("li")) && open.contains(name))) {
            return -1;
        }
        keys.clear();
        values.clear();
        while (true) {
            char c = html[i];
            if (c == '>') {
                i++;
                break;
            }
            if (!isSpace(c)) {
                return -1;
            }
            while (i < n && isSpace(html[i])) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            if (html[i] == '>') {
                i++;
                break;
            }
            int keyStart = i;
            if (!isLower(html[i])) {
                return -1;
            }
            while (i < n && isNameChar(html[i])) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            String key = new String(html, keyStart, i - keyStart);
            String value = null;
            if (html[i] == '=') {
                if (i + 1 >= n || html[i + 1] != '"') {
                    return -1;
                }
                StringBuilder v = new StringBuilder();
                i += 2;
                while (true) {
                    if (i >= n) {
                        return -1;
                    }
                    char d = html[i];
                    if (d == '"') {
                        i++;
                        break;
                    }
                    if (d == '&') {
                        i = reference(html, i, v);
                        if (i < 0) {
                            return -1;
                        }
                    } else if (d == '\0' || d == '\r') {
                        return -1;
                    } else {
                        int run = i + 1;
                        while (run < n && html[run] != '"' && isText(html[run])) {
                            run++;
                        }
                        v.append(html, i, run - i);
                        i = run;
                    }
                }
                value = v.toString();
                if (i >= n) {
                    return -1;
                }
            }
            // What the caller would take out (see MarkTemplates.defuse), and a repeated name (the
            // parser keeps the first): left to the parser.
            if (key.startsWith("on") || (value != null && URL_ATTRIBUTES.contains(key)
                    && value.strip().regionMatches(true, 0, "javascript:", 0, "javascript:".length()))
                    || keys.contains(key)) {
                return -1;
            }
            keys.add(key);
            values.add(value);
        }
        boolean isVoid = VOID.contains(name);
        if (!sink.start(name, tag, keys, values, isVoid)) {
            return -1;
        }
        if (!isVoid) {
            open.add(name);
        }
        return i;
    }

    /** Builds the nodes: the reference the printer is held to. */
    private static final class Nodes implements Sink {

        final List<Node> top = new ArrayList<>(2);
        private final List<Element> open = new ArrayList<>(4);

        @Override
        public boolean text(CharSequence text) {
            add(new TextNode(text.toString()));
            return true;
        }

        @Override
        public boolean start(String name, Tag tag, List<String> keys, List<String> values, boolean isVoid) {
            Attributes attributes = null;
            if (!keys.isEmpty()) {
                attributes = new Attributes();
                for (int k = 0; k < keys.size(); k++) {
                    attributes.put(keys.get(k), values.get(k));
                }
            }
            Element el = new Element(tag, null, attributes);
            add(el);
            if (!isVoid) {
                open.add(el);
            }
            return true;
        }

        @Override
        public void end(String name) {
            open.remove(open.size() - 1);
        }

        private void add(Node node) {
            if (open.isEmpty()) {
                top.add(node);
            } else {
                open.get(open.size() - 1).appendChild(node);
            }
        }
    }

    /**
     * Prints as jsoup prints those nodes in an HTML page that is not pretty-printed, in UTF-8:
     * text escapes {@code & < >} and the no-break space; an attribute's value {@code & < > "} and
     * the no-break space; an attribute with no value, or a boolean one ({@code hidden}) whose value
     * is empty or its own name, is printed as its name alone; a void element has no end tag.
     * {@code MarkupReaderTest} holds it to jsoup's printing of the nodes.
     */
    private static final class Printer implements Sink {

        final StringBuilder out;

        Printer(int chars) {
            this.out = new StringBuilder(chars);
        }

        @Override
        public boolean text(CharSequence text) {
            return escape(text, false);
        }

        @Override
        public boolean start(String name, Tag tag, List<String> keys, List<String> values, boolean isVoid) {
            out.append('<').append(name);
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                String value = values.get(k);
                out.append(' ').append(key);
                if (value == null || ((value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key))) {
                    continue;
                }
                out.append("=\"");
                if (!escape(value, true)) {
                    return false;
                }
                out.append('"');
            }
            out.append('>');
            return true;
        }

        @Override
        public void end(String name) {
            out.append("</").append(name).append('>');
        }

        private boolean escape(CharSequence s, boolean attribute) {
            int len = s.length();
            for (int k = 0; k < len; k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '\u00a0' -> out.append("&nbsp;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    case '\t', '\n' -> out.append(c);
                    default -> {
                        if (c < 0x20 || c == 0x7f) {
                            return false;
                        }
                        if (Character.isSurrogate(c)) {
                            if (!Character.isHighSurrogate(c) || k + 1 >= len || !Character.isLowSurrogate(s.charAt(k + 1))) {
                                return false;
                            }
                            out.append(c).append(s.charAt(++k));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return true;
        }
    }

    /** Decodes the reference at {@code at} into {@code out} if it is one the escaper writes; where it ends, or -1. */
    private static int reference(char[] html, int at, StringBuilder out) {
        for (int r = 0; r < REFERENCES.length; r++) {
            if (startsWith(html, at, REFERENCES[r])) {
                out.append(DECODED[r]);
                return at + REFERENCES[r].length();
            }
        }
        return -1;
    }

    private static final String[] REFERENCES = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    private static final char[] DECODED = {'&', '<', '>', '"', '\''};

    /** A character read as itself, in text or an attribute's value. */
    private static boolean isText(char c) {
        return c != '<' && c != '&' && c != '\0' && c != '\r';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameChar(char c) {
        return isLower(c) || isDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f';
    }
}
