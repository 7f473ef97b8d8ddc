package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A JSON array assembled from parts must be byte for byte what one generator writes. */
class JsonPartsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void partsJoinIntoWhatOneGeneratorWrites(int seed) throws IOException {
        Random random = new Random(seed);
        List<List<String>> parts = new ArrayList<>();
        for (int p = random.nextInt(5); p > 0; p--) {
            List<String> docs = new ArrayList<>();
            for (int d = random.nextInt(3); d > 0; d--) {
                docs.add("doc " + random.nextInt(100) + (random.nextBoolean() ? " \u2028 é \"q\"" : ""));
            }
            parts.add(docs);
        }
        for (boolean pretty : new boolean[] {false, true}) {
            ByteChunks assembled = new ByteChunks();
            if (pretty) {
                assembled.add("{\n  \"docs\" : ");
            }
            JsonParts.ArrayBytes array = new JsonParts.ArrayBytes(assembled, pretty);
            for (List<String> docs : parts) {
                JsonParts.Elements write = g -> writeDocs(g, docs);
                array.add(pretty ? JsonParts.pretty(write) : JsonParts.compact(UnaryOperator.identity(), write));
            }
            array.close();
            if (pretty) {
                assembled.add("\n}");
            }
            assertArrayEquals(whole(parts, pretty), assembled.toByteArray(), "pretty=" + pretty);
        }
    }

    private static byte[] whole(List<List<String>> parts, boolean pretty) {
        return Utf8Text.of(out -> {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            if (pretty) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeArrayFieldStart("docs");
            } else {
                g.writeStartArray();
            }
            for (List<String> docs : parts) {
                writeDocs(g, docs);
            }
            g.writeEndArray();
            if (pretty) {
                g.writeEndObject();
            }
            g.flush();
        });
    }

    private static void writeDocs(JsonGenerator g, List<String> docs) throws IOException {
        for (String d : docs) {
            g.writeStartObject();
            g.writeStringField("text", d);
            g.writeArrayFieldStart("tags");
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
