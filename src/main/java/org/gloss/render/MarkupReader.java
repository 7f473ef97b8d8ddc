package org.gloss.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        // An array rather than charAt: a mark's markup is read character by character, and the
        // launcher's quick-start JVM (C1) checks every charAt's index.
        char[] html = markup.toCharArray();
        List<Node> top = new ArrayList<>(2);
        List<Element> open = new ArrayList<>(4);
        StringBuilder text = new StringBuilder();
        int n = html.length;
        int i = 0;
        while (i < n) {
            char c = html[i];
            if (c == '<') {
                flush(text, top, open);
                if (i + 1 < n && html[i + 1] == '/') {
                    int end = endTag(html, i + 2, open);
                    if (end < 0) {
                        return null;
                    }
                    open.remove(open.size() - 1);
                    i = end;
                } else {
                    i = startTag(html, i + 1, top, open);
                    if (i < 0) {
                        return null;
                    }
                }
            } else if (c == '&') {
                i = reference(html, i, text);
                if (i < 0) {
                    return null;
                }
            } else if (c == '\0' || c == '\r') {
                return null;
            } else {
                int run = i + 1;
                while (run < n && isText(html[run])) {
                    run++;
                }
                text.append(html, i, run - i);
                i = run;
            }
        }
        if (!open.isEmpty()) {
            return null;
        }
        flush(text, top, open);
        return top;
    }

    private static void flush(StringBuilder text, List<Node> top, List<Element> open) {
        if (text.length() > 0) {
            add(new TextNode(text.toString()), top, open);
            text.setLength(0);
        }
    }

    private static void add(Node node, List<Node> top, List<Element> open) {
        if (open.isEmpty()) {
            top.add(node);
        } else {
            open.get(open.size() - 1).appendChild(node);
        }
    }

    /** Reads {@code </name>} from {@code at} (after {@code </}); where it ends, or -1 unless it closes the innermost open element. */
    private static int endTag(char[] html, int at, List<Element> open) {
        if (open.isEmpty()) {
            return -1;
        }
        String name = open.get(open.size() - 1).normalName();
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

    /** Reads a start tag from {@code at} (after {@code <}); where it ends, or -1. */
    private int startTag(char[] html, int at, List<Node> top, List<Element> open) {
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
        if (tag == null || ((name.equals("a") || name.equals("li")) && isOpen(name, open))) {
            return -1;
        }
        Attributes attributes = null;
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
                    && value.strip().regionMatches(true, 0, "javascript:", 0, "javascript:".length()))) {
                return -1;
            }
            if (attributes == null) {
                attributes = new Attributes();
            } else if (attributes.hasKey(key)) {
                return -1;
            }
            attributes.put(key, value);
        }
        Element el = new Element(tag, null, attributes);
        add(el, top, open);
        if (!VOID.contains(name)) {
            open.add(el);
        }
        return i;
    }

    private static boolean isOpen(String name, List<Element> open) {
        for (Element e : open) {
            if (e.normalName().equals(name)) {
                return true;
            }
        }
        return false;
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
