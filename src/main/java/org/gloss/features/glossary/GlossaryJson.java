package org.gloss.features.glossary;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.render.JsonParts;
import org.gloss.render.JsonSection;
import org.gloss.render.PartCache;

/** {@code "glossary"} in {@code annotations.json}: every entry with its mentions. */
final class GlossaryJson implements JsonSection {

    private final GlossaryFindings found;

    GlossaryJson(GlossaryFindings found) {
        this.found = found;
    }

    @Override
    public String name() {
        return "glossary";
    }

    @Override
    public Object key() {
        return List.of(found.mentions(), found.glossary());
    }

    /**
     * One part an entry, none kept: any change to the glossary remakes every file anyway, but an
     * entry's mentions grow with the articles (tens of megabytes at 100,000), so the section is
     * not made as one array.
     */
    @Override
    public void write(JsonParts.ArrayBytes array, PartCache parts) {
        Map<String, List<GlossaryMention>> byTerm = new LinkedHashMap<>();
        for (GlossaryMention m : found.mentions()) {
            byTerm.computeIfAbsent(m.term(), k -> new ArrayList<>()).add(m);
        }
        for (GlossaryEntry e : found.glossary().entries()) {
            array.add(JsonParts.pretty(g -> write(g, e, byTerm.getOrDefault(e.term(), List.of()))));
        }
    }

    private static void write(JsonGenerator g, GlossaryEntry e, List<GlossaryMention> mentions) throws IOException {
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
