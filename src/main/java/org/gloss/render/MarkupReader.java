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

    /** One element with nothing in it, as read: its tag, and its attributes in order (a value null where none was written). */
    record Lone(String name, List<String> keys, List<String> values) {
    }

    /**
     * The element {@code markup} makes if it makes one element with nothing in it (a wrapping
     * mark's), read as {@link #read} reads it, without making nodes; null if it makes anything
     * else or is not in the subset.
     */
    Lone readLone(String markup) {
        LoneSink lone = new LoneSink();
        return scan(markup, lone) && lone.found != null && lone.closed ? lone.found : null;
    }

    /** Takes one element with nothing in it, and nothing else. */
    private static final class LoneSink implements Sink {

        Lone found;
        boolean closed;

        @Override
        public boolean text(CharSequence text) {
            return false;
        }

        @Override
        public boolean start(String name, Tag tag, List<String> keys, List<String> values, boolean isVoid) {
            if (found != null) {
                return false;
            }
            found = new Lone(name, List.copyOf(keys), new ArrayList<>(values));
            closed = isVoid;
            return true;
        }

        @Override
        public void end(String name) {
            closed = true;
        }
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

    /** Where a tag's name from {@code at} ends (lower-case letters, then digits); -1 when there is none or the markup ends there. */
    private static int tagNameEnd(char[] html, int at) {
        int i = at;
        while (i < html.length && (isLower(html[i]) || (i > at && isDigit(html[i])))) {
            i++;
        }
        return i == at || i >= html.length ? -1 : i;
    }

    /** Where an attribute's name from {@code at} ends (a lower-case letter, then name characters); -1 when there is none or the markup ends there. */
    private static int attributeNameEnd(char[] html, int at) {
        if (!isLower(html[at])) {
            return -1;
        }
        int i = at;
        while (i < html.length && isNameChar(html[i])) {
            i++;
        }
        return i >= html.length ? -1 : i;
    }

    /** Whether a start tag named {@code name} may open here: one the reader knows, and no link or list item inside another. */
    private boolean mayOpen(String name, List<String> open) {
        return tags.containsKey(name) && !((name.equals("a") || name.equals("li")) && open.contains(name));
    }

    /** Reads a start tag from {@code at} (after {@code <}) into {@code sink}; where it ends, or -1. */
    private int startTag(char[] html, int at, List<String> open, List<String> keys, List<String> values, Sink sink) {
        int n = html.length;
        int i = tagNameEnd(html, at);
        if (i < 0) {
            return -1;
        }
        String name = new String(html, at, i - at);
        if (!mayOpen(name, open)) {
            return -1;
        }
        Tag tag = tags.get(name);
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
            i = attributeNameEnd(html, i);
            if (i < 0) {
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
     * What the nodes {@link #read} makes of {@code markup} print as on a page (HTML, not
     * pretty-printed, UTF-8), written without making them; null where {@code read} gives null, and
     * where the markup holds a character whose printing is not written here (a control character,
     * a surrogate out of its pair), which the caller then reads into nodes and prints.
     *
     * <p>Template output mostly prints as it is written, so this checks it in one pass and copies
     * only what prints otherwise: text prints {@code & < >} and the no-break space escaped, quotes
     * as they are; an attribute's value {@code & < > "} and the no-break space escaped; one space
     * before each attribute, none before {@code >}; an attribute without a value, or a boolean one
     * ({@code hidden}) whose value is empty or its own name, as its name alone. A void element has
     * no end tag. {@code MarkupReaderTest} holds it to jsoup's printing of the parser's nodes.
     */
    String print(String markup) {
        char[] html = markup.toCharArray();
        Printed out = new Printed(html);
        List<String> open = new ArrayList<>(4);
        List<String> keys = new ArrayList<>(4);
        int n = html.length;
        int i = 0;
        while (i < n) {
            char c = html[i];
            if (c == '<') {
                if (i + 1 < n && html[i + 1] == '/') {
                    i = endTag(html, i + 2, open);
                    if (i < 0) {
                        return null;
                    }
                    open.remove(open.size() - 1);
                } else {
                    i = printStartTag(html, i + 1, open, keys, out);
                    if (i < 0) {
                        return null;
                    }
                }
            } else {
                i = printChar(html, i, false, out);
                if (i < 0) {
                    return null;
                }
            }
        }
        return open.isEmpty() ? out.toString(markup) : null;
    }

    /**
     * Prints the character (or reference, or surrogate pair) at {@code at} of text, or of an
     * attribute's value; where it ends, or -1 if it is not read here or not printed here.
     */
    private static int printChar(char[] html, int at, boolean attribute, Printed out) {
        char c = html[at];
        switch (c) {
            case '&' -> {
                for (int r = 0; r < REFERENCES.length; r++) {
                    if (startsWith(html, at, REFERENCES[r])) {
                        int end = at + REFERENCES[r].length();
                        if (DECODED[r] == '\'') {
                            out.replace(at, end, "'");
                        } else if (DECODED[r] == '"' && !attribute) {
                            out.replace(at, end, "\"");
                        }
                        return end;
                    }
                }
                return -1;
            }
            case '<' -> {
                // Only in a value: in text it starts a tag.
                out.replace(at, at + 1, "&lt;");
                return at + 1;
            }
            case '>' -> {
                out.replace(at, at + 1, "&gt;");
                return at + 1;
            }
            case '\u00a0' -> {
                out.replace(at, at + 1, "&nbsp;");
                return at + 1;
            }
            case '\t', '\n' -> {
                return at + 1;
            }
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    return -1;
                }
                if (Character.isSurrogate(c)) {
                    return Character.isHighSurrogate(c) && at + 1 < html.length && Character.isLowSurrogate(html[at + 1])
                            ? at + 2 : -1;
                }
                return at + 1;
            }
        }
    }

    /** Checks and prints a start tag from {@code at} (after {@code <}), as {@link #startTag} reads it; where it ends, or -1. */
    private int printStartTag(char[] html, int at, List<String> open, List<String> keys, Printed out) {
        int n = html.length;
        int i = tagNameEnd(html, at);
        if (i < 0) {
            return -1;
        }
        String name = new String(html, at, i - at);
        if (!mayOpen(name, open)) {
            return -1;
        }
        keys.clear();
        while (true) {
            char c = html[i];
            if (c == '>') {
                i++;
                break;
            }
            if (!isSpace(c)) {
                return -1;
            }
            int space = i;
            while (i < n && isSpace(html[i])) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            if (html[i] == '>') {
                out.replace(space, i, "");
                i++;
                break;
            }
            if (i - space != 1 || html[space] != ' ') {
                out.replace(space, i, " ");
            }
            int keyStart = i;
            i = attributeNameEnd(html, i);
            if (i < 0) {
                return -1;
            }
            String key = new String(html, keyStart, i - keyStart);
            if (key.startsWith("on") || keys.contains(key)) {
                return -1;
            }
            keys.add(key);
            if (html[i] == '=') {
                int equals = i;
                if (i + 1 >= n || html[i + 1] != '"') {
                    return -1;
                }
                int valueStart = i + 2;
                i = valueStart;
                while (true) {
                    if (i >= n) {
                        return -1;
                    }
                    if (html[i] == '"') {
                        break;
                    }
                    if (html[i] == '\0' || html[i] == '\r') {
                        return -1;
                    }
                    i = printChar(html, i, true, out);
                    if (i < 0) {
                        return -1;
                    }
                }
                int valueEnd = i;
                i++;
                if (i >= n) {
                    return -1;
                }
                // The value as written: where it differs from the decoded one (a reference), it
                // neither starts with a script URL nor equals a name, so both read the same here.
                if (URL_ATTRIBUTES.contains(key) && scriptUrl(html, valueStart, valueEnd)) {
                    return -1;
                }
                if ((valueEnd == valueStart || sameLetters(html, valueStart, key)) && Attribute.isBooleanAttribute(key)) {
                    out.replace(equals, i, "");
                }
            }
        }
        if (!VOID.contains(name)) {
            open.add(name);
        }
        return i;
    }

    /** Whether {@code html} holds {@code name} at {@code at}, then a quote; ASCII letters in either case (as jsoup compares a boolean attribute's value). */
    private static boolean sameLetters(char[] html, int at, String name) {
        if (at + name.length() >= html.length || html[at + name.length()] != '"') {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = html[at + k];
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code html[from, to)}, less leading whitespace, starts with {@code javascript:} in any case. */
    private static boolean scriptUrl(char[] html, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(html[i])) {
            i++;
        }
        String scheme = "javascript:";
        return to - i >= scheme.length() && new String(html, i, scheme.length()).equalsIgnoreCase(scheme);
    }

    /**
     * The printing of a markup as it is checked: nothing copied while it prints as written, then
     * what was checked so far and each difference, in order.
     */
    private static final class Printed {

        private final char[] html;
        private StringBuilder out;
        private int copied;

        Printed(char[] html) {
            this.html = html;
        }

        /** {@code html[from, to)} prints as {@code with}; calls come in order, not overlapping. */
        void replace(int from, int to, String with) {
            if (out == null) {
                out = new StringBuilder(html.length + 32);
            }
            out.append(html, copied, from - copied).append(with);
            copied = to;
        }

        String toString(String markup) {
            return out == null ? markup : out.append(html, copied, html.length - copied).toString();
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
