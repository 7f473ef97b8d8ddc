package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;

/** An article's scored documents as the persistent cache keeps them: read back exactly, or not at all. */
class SearchPartsTest {

    /** Words of every kind: ASCII, Latin-1, beyond it, a surrogate pair, a lone surrogate. */
    private static final String[] WORDS = {"reservoir", "été", "naïve", "мир", "水", "\ud83d\ude00x", "bad\ud800",
            "x", "", "tiếng"};

    @Test
    void scoredDocumentsComeBackEqual() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<SearchFragments.Scored> docs = randomDocs(random);
            List<SearchFragments.Scored> back = SearchParts.read(SearchParts.write(docs));
            assertEquals(docs.size(), back.size());
            for (int i = 0; i < docs.size(); i++) {
                assertArrayEquals(docs.get(i).words(), back.get(i).words());
                assertArrayEquals(docs.get(i).scores(), back.get(i).scores());
                assertArrayEquals(docs.get(i).shown(), back.get(i).shown());
            }
        }
    }

    @Test
    void realDocumentsScoreTheSameReadBack() {
        String text = "The regional water authority confirmed on Tuesday that the northern reservoir — "
                + "l'été dernier, naïvement — had fallen below a third of its capacity, the reservoir's lowest.";
        List<SearchFragments.Scored> docs = List.of(
                SearchFragments.scored(Map.of("kind", "article", "label", "Water", "title", "Water", "text", text)),
                SearchFragments.scored(Map.of("kind", "paragraph", "label", "Water ¶1", "text", text + " \u2028 more")));
        List<SearchFragments.Scored> back = SearchParts.read(SearchParts.write(docs));
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(docs.get(i).scoreMap(), back.get(i).scoreMap());
            assertArrayEquals(docs.get(i).shown(), back.get(i).shown());
        }
        assertEquals(files(docs), files(back), "the same index files");
    }

    @Test
    void bytesThatAreNotAPartReadAsNothingAndNeverThrow() {
        Random random = new Random(5);
        byte[] good = SearchParts.write(randomDocs(random));
        for (int cut = 0; cut < good.length; cut++) {
            assertNull(SearchParts.read(Arrays.copyOf(good, cut)), "cut at " + cut);
        }
        assertNull(SearchParts.read(Arrays.copyOf(good, good.length + 1)), "a byte too many");
        for (int round = 0; round < 2000; round++) {
            byte[] garbled = good.clone();
            garbled[random.nextInt(garbled.length)] ^= (byte) (1 + random.nextInt(255));
            SearchParts.read(garbled); // may read as other documents (the cache's CRC catches that), never throw
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            SearchParts.read(noise);
        }
    }

    private static List<List<String>> files(List<SearchFragments.Scored> docs) {
        List<OutputFile> made = new ArrayList<>();
        SearchFragments index = new SearchFragments(made::add);
        index.addScored(docs);
        index.finish();
        return made.stream().map(f -> List.of(f.path(), new String(f.content(), java.nio.charset.StandardCharsets.UTF_8)))
                .toList();
    }

    private static List<SearchFragments.Scored> randomDocs(Random random) {
        List<SearchFragments.Scored> docs = new ArrayList<>();
        int n = random.nextInt(6);
        for (int d = 0; d < n; d++) {
            int size = random.nextInt(WORDS.length + 1);
            String[] w = new String[size];
            double[] s = new double[size];
            for (int i = 0; i < size; i++) {
                w[i] = WORDS[random.nextInt(WORDS.length)] + (random.nextInt(300) == 0 ? "x".repeat(200) : "");
                s[i] = random.nextBoolean() ? random.nextInt(4) * 1.1 : random.nextDouble() * 40;
            }
            byte[] shown = new byte[random.nextInt(300)];
            random.nextBytes(shown);
            docs.add(new SearchFragments.Scored(w, s, shown));
        }
        return docs;
    }
}
