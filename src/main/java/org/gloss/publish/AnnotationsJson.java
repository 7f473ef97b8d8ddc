package org.gloss.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.gloss.core.SiteLayout;
import org.gloss.ingest.Article;
import org.gloss.render.JsonParts;
import org.gloss.render.JsonSection;
import org.gloss.render.PartCache;

/**
 * Writes {@code data/annotations.json}: every article, then each feature's section (quotations,
 * passages, glossary entries with their mentions), in a stable order (the format is documented in
 * the README). Unknown values are null.
 */
final class AnnotationsJson {

    private AnnotationsJson() {
    }

    /**
     * Writes the file's UTF-8 bytes to {@code out} part by part as they are made (at 100,000
     * articles it is ~450 MB, never held whole), with each article's entry a part kept in
     * {@code parts} by what it shows, and the sections' parts too, so an edit re-makes one
     * article's share.
     */
    static void write(List<Article> articles, List<JsonSection> sections, PartCache parts, OutputStream out)
            throws IOException {
        Consumer<byte[]> chunks = bytes -> {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        try {
            chunks.accept(utf8("{\n  \"articles\" : "));
            JsonParts.ArrayBytes array = new JsonParts.ArrayBytes(chunks, true);
            JsonParts.perArticle(array, parts, "json-article", articles, Article::id,
                    run -> run.stream().map(a -> List.of(a.id(), a.source(), a.metadata())).toList(),
                    AnnotationsJson::writeArticle);
            array.close();
            for (JsonSection section : sections) {
                chunks.accept(utf8(",\n  \"" + section.name() + "\" : "));
                JsonParts.ArrayBytes elements = new JsonParts.ArrayBytes(chunks, true);
                section.write(elements, parts);
                elements.close();
            }
            chunks.accept(utf8("\n}\n"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeArticle(JsonGenerator g, Article a) throws IOException {
        var md = a.metadata();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("source", a.source());
        g.writeStringField("title", md.title());
        g.writeStringField("outlet", md.outlet());
        g.writeStringField("author", md.author());
        g.writeStringField("date", md.date() == null ? null : md.date().toString());
        g.writeStringField("url", md.url());
        g.writeStringField("description", md.description());
        g.writeStringField("markdown", SiteLayout.markdownCopy(a.id()));
        g.writeStringField("page", SiteLayout.articlePage(a.id()));
        g.writeEndObject();
    }
}
