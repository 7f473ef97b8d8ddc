package org.gloss.features.passages;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.gloss.render.JsonParts;
import org.gloss.render.JsonSection;
import org.gloss.render.PartCache;

/** {@code "passages"} in {@code annotations.json}: every shared passage and where else it is printed. */
final class PassagesJson implements JsonSection {

    private final List<SharedPassage> passages;

    PassagesJson(List<SharedPassage> passages) {
        this.passages = passages;
    }

    @Override
    public String name() {
        return "passages";
    }

    @Override
    public Object key() {
        return passages;
    }

    @Override
    public void write(JsonParts.ArrayBytes array, PartCache parts) {
        JsonParts.perArticle(array, parts, "json-passages", passages, SharedPassage::articleId, run -> run,
                PassagesJson::write);
    }

    private static void write(JsonGenerator g, SharedPassage p) throws IOException {
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
}
