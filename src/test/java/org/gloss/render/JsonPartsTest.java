package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * {@code perArticle} cuts a section per article when parts are kept and in batches when they
     * are not (handed on as made, never one array): both must join into what one generator writes,
     * across many batches, into a stream cut anywhere.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void perArticlePartsKeptOrBatchedJoinIntoWhatOneGeneratorWrites(int seed) throws IOException {
        Random random = new Random(seed);
        int count = seed == 0 ? 0 : random.nextInt(JsonParts.BATCH * 4);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Items come grouped by article, as the features' lists are.
            items.add("a" + (i * 7 / (1 + random.nextInt(20))) + " item " + i + (random.nextBoolean() ? " \u00e9" : ""));
        }
        items.sort(java.util.Comparator.comparing(JsonPartsTest::articleOf));
        byte[] expected = whole(List.of(items), true);
        for (PartCache parts : new PartCache[] {PartCache.disabled(), PartCache.keeping()}) {
            java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
            List<Integer> chunkSizes = new ArrayList<>();
            java.util.function.Consumer<byte[]> out = b -> {
                streamed.writeBytes(b);
                chunkSizes.add(b.length);
            };
            out.accept("{\n  \"docs\" : ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            JsonParts.ArrayBytes array = new JsonParts.ArrayBytes(out, true);
            JsonParts.perArticle(array, parts, "test", items, JsonPartsTest::articleOf, run -> run,
                    (g, item) -> writeDocs(g, List.of(item)));
            array.close();
            out.accept("\n}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertArrayEquals(expected, streamed.toByteArray(), "keeps=" + parts.keeps());
            if (!parts.keeps()) {
                int largest = chunkSizes.stream().mapToInt(Integer::intValue).max().orElse(0);
                assertTrue(count <= JsonParts.BATCH || largest < expected.length / 2,
                        "batches, not one part: largest chunk " + largest + " of " + expected.length);
            }
        }
    }

    private static String articleOf(String item) {
        return item.substring(0, item.indexOf(' '));
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
