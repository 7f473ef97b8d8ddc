package org.gloss.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gloss.analyze.Annotations;
import org.gloss.core.SiteLayout;
import org.gloss.features.glossary.GlossaryEntry;
import org.gloss.features.glossary.GlossaryMention;
import org.gloss.features.passages.SharedPassage;
import org.gloss.features.quotations.Quote;
import org.gloss.ingest.Article;
import org.gloss.render.ByteChunks;
import org.gloss.render.JsonParts;
import org.gloss.render.PartCache;

/**
 * Writes {@code data/annotations.json}: every article, quotation and glossary entry with its
 * mentions, in a stable order (the format is documented in the README). Unknown values are null.
 */
final class AnnotationsJson {

    private AnnotationsJson() {
    }

    /** The file's UTF-8 bytes, made part by part: at 10,000 articles it is ~120 MB. */
    public static byte[] write(List<Article> articles, Annotations ann) {
        return write(articles, ann, PartCache.disabled());
    }

    /**
     * {@link #write(List, Annotations)}, with each article's entry, quotations and passages a
     * part kept in {@code parts} by what it shows, so an edit re-makes one article's share.
     */
    public static byte[] write(List<Article> articles, Annotations ann, PartCache parts) {
        ByteChunks out = new ByteChunks();
        out.add("{\n  \"articles\" : ");
        section(out, parts, "json-article", articles, Article::id,
                run -> run.stream().map(a -> List.of(a.id(), a.source(), a.metadata())).toList(),
                AnnotationsJson::writeArticle);
        out.add(",\n  \"quotes\" : ");
        section(out, parts, "json-quotes", ann.quotes(), Quote::articleId, run -> run, AnnotationsJson::writeQuote);
        out.add(",\n  \"passages\" : ");
        section(out, parts, "json-passages", ann.passages(), SharedPassage::articleId, run -> run,
                AnnotationsJson::writePassage);
        out.add(",\n  \"glossary\" : ");
        Map<String, List<GlossaryMention>> byTerm = new LinkedHashMap<>();
        for (GlossaryMention m : ann.mentions()) {
            byTerm.computeIfAbsent(m.term(), k -> new java.util.ArrayList<>()).add(m);
        }
        new JsonParts.ArrayBytes(out, true).add(JsonParts.pretty(g -> {
            for (GlossaryEntry e : ann.glossary().entries()) {
                writeEntry(g, e, byTerm.getOrDefault(e.term(), List.of()));
            }
        })).close();
        out.add("\n}\n");
        return out.toByteArray();
    }

    /** What writes one element. */
    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    /**
     * Appends the array of {@code items}: one part per article when parts are kept (an edit
     * re-writes its article's share; {@code key} gives what a part shows from its run of items),
     * else one part for the section.
     */
    private static <T> void section(ByteChunks out, PartCache parts, String kind, List<T> items,
                                    Function<T, String> article, Function<List<T>, Object> key,
                                    ElementWriter<T> writer) {
        JsonParts.ArrayBytes array = new JsonParts.ArrayBytes(out, true);
        for (List<T> run : JsonParts.runs(items, parts.keeps() ? article : item -> "")) {
            array.add(parts.get(kind + ":" + article.apply(run.get(0)), () -> key.apply(run), () -> JsonParts.pretty(g -> {
                for (T item : run) {
                    writer.write(g, item);
                }
            })));
        }
        array.close();
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

    private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("article", q.articleId());
        g.writeStringField("text", q.text());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("cluster", q.cluster());
        g.writeArrayFieldStart("similar_to");
        for (Quote.Similarity s : q.similarTo()) {
            g.writeStartObject();
            g.writeStringField("cluster", s.cluster());
            g.writeNumberField("score", Math.round(s.score() * 1000) / 1000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writePassage(JsonGenerator g, SharedPassage p) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", p.articleId());
        g.writeNumberField("block", p.span().block());
        g.writeStringField("text", p.text());
        g.writeArrayFieldStart("also_in");
        for (SharedPassage.Elsewhere e : p.elsewhere()) {
            g.writeStartObject();
            g.writeStringField("article", e.articleId());
            g.writeNumberField("block", e.span().block());
            g.writeNumberField("score", Math.round(e.score() * 1000) / 1000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeEntry(JsonGenerator g, GlossaryEntry e, List<GlossaryMention> mentions)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("term", e.term());
        g.writeStringField("expansion", e.expansion());
        g.writeArrayFieldStart("aliases");
        for (String alias : e.aliasTexts()) {
            g.writeString(alias);
        }
        g.writeEndArray();
        g.writeStringField("definition", e.definition());
        g.writeStringField("category", e.category());
        g.writeArrayFieldStart("mentions");
        for (GlossaryMention m : mentions) {
            g.writeStartObject();
            g.writeStringField("article", m.articleId());
            g.writeStringField("text", m.text());
            g.writeNumberField("block", m.span().block());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
