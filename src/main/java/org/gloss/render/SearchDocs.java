package org.gloss.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.FilterWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.function.Consumer;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gloss.ingest.Article;

/**
 * Where features add their documents to the offline search index ({@link PageParts#addSearchDocs}),
 * and how a document is written: every value a string, compact JSON, line separators escaped.
 */
public final class SearchDocs {

    private static final JsonFactory READER = new JsonFactory();

    private final Consumer<byte[]> docs;
    private final PartCache parts;

    SearchDocs(Consumer<byte[]> docs, PartCache parts) {
        this.docs = docs;
        this.parts = parts;
    }

    /** Where parts of the index are kept between builds. */
    public PartCache parts() {
        return parts;
    }

    /** Adds a part made by {@link #part}. */
    public void add(byte[] part) {
        docs.accept(part);
    }

    /** The documents of a part made by {@link #part}, each as its fields (all strings), in order. */
    static void read(byte[] part, Consumer<Map<String, String>> each) {
        if (part.length == 0) {
            return;
        }
        // The part is an array's elements without its brackets.
        byte[] array = new byte[part.length + 2];
        array[0] = '[';
        System.arraycopy(part, 0, array, 1, part.length);
        array[array.length - 1] = ']';
        try (JsonParser p = READER.createParser(array)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> doc = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    doc.put(name, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
                }
                each.accept(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a search part that Gloss wrote does not parse", e);
        }
    }

    /** Documents as JSON: jackson-core's streaming writer (every value is a string, and databind's start-up cost would dominate a small site's build). */
    public static byte[] part(JsonParts.Elements docs) {
        return JsonParts.compact(LineSeparatorEscaper::new, docs);
    }

    /** Writes one document. */
    public static void write(JsonGenerator g, Map<String, Object> doc) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            g.writeStringField(e.getKey(), (String) e.getValue());
        }
        g.writeEndObject();
    }

    /** A document: what it is, its label and context in results, and its href from the site root. */
    public static Map<String, Object> doc(String kind, String label, String context, String href) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", kind);
        d.put("label", label);
        d.put("context", context);
        d.put("href", href);
        return d;
    }

    /** The article's title, or its id when it has none. */
    public static String title(Article a) {
        return a.metadata().title() == null ? a.id() : a.metadata().title();
    }

    /** The article's outlet and date, as results show them, in the site's language. */
    public static String context(Article a, Messages messages) {
        var md = a.metadata();
        return join(md.outlet() == null ? messages.text("outlet.unknown") : md.outlet(),
                md.date() == null ? null : messages.date(md.date()));
    }

    /** {@code a · b}, or whichever of the two is not null. */
    static String join(String a, String b) {
        if (b == null) {
            return a;
        }
        return a == null ? b : a + " · " + b;
    }

    /** Line and paragraph separators end a string literal in older JS engines: write them escaped. */
    private static final class LineSeparatorEscaper extends FilterWriter {

        LineSeparatorEscaper(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (c == '\u2028' || c == '\u2029') {
                out.write(c == '\u2028' ? "\\u2028" : "\\u2029");
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\u2028' || buf[i] == '\u2029') {
                    out.write(buf, start, i - start);
                    write(buf[i]);
                    start = i + 1;
                }
            }
            out.write(buf, start, off + len - start);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            char[] chars = new char[len];
            str.getChars(off, off + len, chars, 0);
            write(chars, 0, len);
        }
    }
}
