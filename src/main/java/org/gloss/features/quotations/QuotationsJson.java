package org.gloss.features.quotations;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.gloss.render.JsonParts;
import org.gloss.render.JsonSection;
import org.gloss.render.PartCache;

/** {@code "quotes"} in {@code annotations.json}: every quotation with its speaker, cluster and rewordings. */
final class QuotationsJson implements JsonSection {

    private final List<Quote> quotes;

    QuotationsJson(List<Quote> quotes) {
        this.quotes = quotes;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Object key() {
        return quotes;
    }

    @Override
    public void write(JsonParts.ArrayBytes array, PartCache parts) {
        JsonParts.perArticle(array, parts, "json-quotes", quotes, Quote::articleId, run -> run, QuotationsJson::write);
    }

    private static void write(JsonGenerator g, Quote q) throws IOException {
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
}
