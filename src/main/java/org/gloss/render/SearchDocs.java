package org.gloss.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FilterWriter;
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

    private final JsonParts.ArrayBytes docs;
    private final PartCache parts;

    SearchDocs(JsonParts.ArrayBytes docs, PartCache parts) {
        this.docs = docs;
        this.parts = parts;
    }

    /** Where parts of the index are kept between builds. */
    public PartCache parts() {
        return parts;
    }

    /** Adds a part made by {@link #part}. */
    public void add(byte[] part) {
        docs.add(part);
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
