package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;

/** The index's fragments: words read as lunr reads them, bounded postings, ranges of words, shards of documents. */
class SearchFragmentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> parse(List<OutputFile> files) throws Exception {
        Map<String, JsonNode> out = new HashMap<>();
        for (OutputFile f : files) {
            String js = new String(f.content(), StandardCharsets.UTF_8);
            if (f.path().startsWith("assets/search/")) {
                String head = "GlossSearch.loaded(\"" + f.path().replaceAll(".*/|\\.js$", "") + "\",";
                assertTrue(js.startsWith(head) && js.endsWith(");\n"), js);
                out.put(f.path(), JSON.readTree(js.substring(head.length(), js.length() - 3)));
            } else {
                out.put(f.path(), JSON.readTree(js.substring(js.indexOf('{'), js.length() - 2)));
            }
        }
        return out;
    }

    private static Map<String, String> doc(String text) {
        return Map.of("kind", "paragraph", "label", "x", "href", "a.html#para-1", "text", text);
    }

    @Test
    void wordsAreReadAsLunrReadsThem() {
        List<String> words = new ArrayList<>();
        SearchFragments.words("The (Syrian) President—Erdoğan's “talks” in al-Bab, ce\u2028ci café", words::add);
        // lunr's trimmer takes letters outside ASCII off a word's ends ("café" → "caf") before accents go.
        assertEquals(List.of("syrian", "president—erdogan's", "talks", "al", "bab", "ce", "ci", "caf"), words);
    }

    @Test
    void aCommonWordKeepsItsBestDocumentsAndTheFilesStayWithinTheirBudgets() throws Exception {
        List<Map<String, String>> docs = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            // Every document says "common"; one says it three times; each has a word of its own.
            docs.add(doc((i == 700 ? "common common " : "") + "common unique" + i + " filler" + (i % 7)));
        }
        Map<String, JsonNode> files = parse(SearchFragments.of(docs));
        JsonNode manifest = files.get("assets/search-index.js");
        assertEquals(6000, manifest.get("documents").asInt());
        int shard = manifest.get("shard").asInt();
        assertEquals((6000 + shard - 1) / shard, files.keySet().stream().filter(p -> p.contains("/d")).count());
        JsonNode starts = manifest.get("fragments");
        assertTrue(starts.size() > 1, "six thousand words with their postings make several fragments: " + starts);
        assertEquals("", starts.get(0).asText());
        JsonNode common = null;
        for (int i = 0; i < starts.size(); i++) {
            JsonNode fragment = files.get("assets/search/w" + i + ".js");
            String from = starts.get(i).asText();
            String to = i + 1 < starts.size() ? starts.get(i + 1).asText() : null;
            fragment.fieldNames().forEachRemaining(w -> assertTrue(w.compareTo(from) >= 0
                    && (to == null || w.compareTo(to) < 0), w + " in [" + from + ", " + to + ")"));
            if (fragment.has("common")) {
                common = fragment.get("common");
            }
        }
        assertEquals(2 * SearchFragments.POSTINGS_PER_WORD, common.size(), "at most the best hundred documents");
        assertEquals(700, common.get(0).asInt(), "the document saying it most comes first");
        assertEquals(0, common.get(2).asInt(), "then the others in site order");
        JsonNode d43 = files.get("assets/search/d" + (43 / shard) + ".js").get(43 % shard);
        assertEquals("common unique43 filler1", d43.get("text").asText());
        for (Map.Entry<String, JsonNode> f : files.entrySet()) {
            assertTrue(f.getValue().toString().length() < 2 * SearchFragments.FRAGMENT_BYTES, f.getKey());
        }
    }

    @Test
    void anEmptySiteHasAManifestAndOneEmptyFragment() throws Exception {
        Map<String, JsonNode> files = parse(SearchFragments.of(List.of()));
        assertEquals(0, files.get("assets/search-index.js").get("documents").asInt());
        assertEquals(0, files.get("assets/search/w0.js").size());
    }

    /**
     * Which documents a word keeps, pinned to the plain way of choosing them: every document's
     * score for the word, sorted best first (of equal scores the earlier document), the first
     * hundred. Few words, repeated unevenly, so most words are in far more documents than they
     * keep and many scores tie.
     */
    @Test
    void eachWordKeepsTheDocumentsAFullSortWouldKeep() throws Exception {
        java.util.Random random = new java.util.Random(7);
        List<Map<String, String>> docs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                int times = random.nextInt(4);
                text.append(("word" + w + " ").repeat(times));
            }
            Map<String, String> d = new HashMap<>(doc(text.toString()));
            if (random.nextInt(5) == 0) {
                d.put("title", "word" + random.nextInt(12));
            }
            docs.add(d);
        }
        Map<String, List<double[]>> all = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            int doc = i;
            SearchFragments.scored(docs.get(i)).scoreMap().forEach((w, score) ->
                    all.computeIfAbsent(w, k -> new ArrayList<>()).add(new double[] {doc, score}));
        }
        Map<String, JsonNode> files = parse(SearchFragments.of(docs));
        Map<String, JsonNode> kept = new HashMap<>();
        files.forEach((path, json) -> {
            if (path.contains("/w")) {
                json.fieldNames().forEachRemaining(w -> kept.put(w, json.get(w)));
            }
        });
        assertEquals(all.keySet(), kept.keySet());
        all.forEach((word, postings) -> {
            postings.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]));
            List<Integer> expected = postings.stream().limit(SearchFragments.POSTINGS_PER_WORD)
                    .map(p -> (int) p[0]).toList();
            List<Integer> actual = new ArrayList<>();
            for (int k = 0; k < kept.get(word).size(); k += 2) {
                actual.add(kept.get(word).get(k).asInt());
            }
            assertEquals(expected, actual, word);
        });
    }
}
