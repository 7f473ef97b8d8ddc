package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * Runs the site's real search — the shipped lunr.js, search-index.js and search.js, in Rhino
 * instead of a browser — and checks it finds each sample article by a word only that article has,
 * by its title, quotations by speaker, and glossary entries by term. The words are picked from
 * the built index itself, so the test holds for any content, not just the samples.
 */
class SearchScriptTest {

    @TempDir
    static Path tmp;
    static Path site;
    static Context cx;
    static Scriptable scope;
    static JsonNode docs;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() throws IOException {
        site = SiteFixture.build(tmp);
        cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setInterpretedMode(true); // lunr's functions are too big for Rhino's bytecode compiler limits
        scope = cx.initStandardObjects();
        for (String file : List.of("lunr.js", "search-index.js", "search.js")) {
            cx.evaluateString(scope, Files.readString(site.resolve("assets/" + file)), file, 1, null);
        }
        cx.evaluateString(scope, "var INDEX = GlossSearch.buildIndex(lunr, GLOSS_SEARCH_DOCS);", "setup", 1, null);
        docs = JSON.readTree((String) cx.evaluateString(scope, "JSON.stringify(GLOSS_SEARCH_DOCS)", "docs", 1, null));
    }

    @AfterAll
    static void exit() {
        Context.exit();
    }

    static List<JsonNode> search(String query) throws IOException {
        Object json = cx.evaluateString(scope,
                "JSON.stringify(GlossSearch.search(lunr, INDEX, GLOSS_SEARCH_DOCS, " + JSON.writeValueAsString(query)
                        + ").map(function (r) { return r.doc; }))", "query", 1, null);
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree((String) json).forEach(out::add);
        return out;
    }

    private static String stem(String word) {
        return (String) cx.evaluateString(scope, "lunr.stemmer(new lunr.Token(" + quoteJs(word) + ")).toString()",
                "stem", 1, null);
    }

    private static String quoteJs(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String articleOf(JsonNode doc) {
        String href = doc.get("href").asText();
        return href.startsWith("articles/") ? href.substring(0, href.indexOf(".html")) : "glossary";
    }

    @Test
    void aWordOnlyOneArticleUsesFindsThatArticleFirst() throws IOException {
        Map<String, Set<String>> wordsByArticle = new LinkedHashMap<>();
        Map<String, Integer> articlesPerWord = new HashMap<>();
        for (JsonNode d : docs) {
            // Glossary entries count as one more "article", so a word they use is not unique.
            if (d.hasNonNull("text")) {
                Set<String> words = wordsByArticle.computeIfAbsent(articleOf(d), k -> new LinkedHashSet<>());
                String text = d.get("text").asText() + " " + d.path("term").asText("") + " " + d.path("title").asText("");
                for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        // Unique by lunr's stem, as the index sees words: "Syrians" and "Syrian" are one word.
        wordsByArticle.values().forEach(ws -> ws.forEach(w -> articlesPerWord.merge(stem(w), 1, Integer::sum)));
        assertTrue(wordsByArticle.size() >= 2, "the sample has several articles");
        List<String> wrong = new ArrayList<>();
        for (var e : wordsByArticle.entrySet()) {
            if (!e.getKey().startsWith("articles/")) {
                continue;
            }
            String word = e.getValue().stream().filter(w -> w.length() >= 7 && articlesPerWord.get(stem(w)) == 1).findFirst().orElseThrow();
            List<JsonNode> hits = search(word);
            if (hits.isEmpty() || !articleOf(hits.get(0)).equals(e.getKey())) {
                wrong.add(word + " → " + (hits.isEmpty() ? "nothing" : hits.get(0).get("href").asText()) + ", expected " + e.getKey());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anArticlesTitleFindsThatArticle() throws IOException {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (JsonNode d : docs) {
            String title = d.get("label").asText();
            if (!d.get("kind").asText().equals("article") || title.replaceAll("[^\\p{L}]", "").length() < 3) {
                continue; // a title with no words (a mis-detected one) cannot be searched for
            }
            tried++;
            List<JsonNode> hits = search(title);
            if (hits.isEmpty() || !articleOf(hits.get(0)).equals(articleOf(d))) {
                wrong.add(title + " → " + (hits.isEmpty() ? "nothing" : hits.get(0).get("href").asText()));
            }
        }
        assertTrue(tried >= 2, "titles tried: " + tried);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aSpeakersNameFindsTheirQuotations() throws IOException {
        Set<String> speakers = new LinkedHashSet<>();
        docs.forEach(d -> {
            if (d.get("kind").asText().equals("quote") && d.hasNonNull("speaker")) {
                speakers.add(d.get("speaker").asText());
            }
        });
        // Whatever speakers the analysis attributes, plus one made-up quotation so the test means
        // something even when the sample's quotations carry no speaker.
        cx.evaluateString(scope, "var SPK = [{kind:'quote', label:'Maria Zakharova', speaker:'Maria Zakharova',"
                + " href:'articles/b.html#q1', text:'We will respond'}, {kind:'paragraph', label:'y',"
                + " href:'articles/c.html#para-1', text:'Nobody spoke'}];"
                + "var SPK_INDEX = GlossSearch.buildIndex(lunr, SPK);", "spk", 1, null);
        Object hit = cx.evaluateString(scope, "GlossSearch.search(lunr, SPK_INDEX, SPK, 'zakharova')[0].doc.href", "q", 1, null);
        assertEquals("articles/b.html#q1", hit);
        for (String speaker : speakers) {
            assertTrue(search(speaker).stream().anyMatch(h -> h.get("kind").asText().equals("quote")
                    && speaker.equals(h.path("speaker").asText())), speaker);
        }
    }

    @Test
    void aGlossaryTermFindsItsEntryFirst() throws IOException {
        int tried = 0;
        for (JsonNode d : docs) {
            if (d.get("kind").asText().equals("term")) {
                tried++;
                String term = d.get("label").asText().replaceAll(" \\(.*\\)$", "");
                List<JsonNode> hits = search(term);
                assertFalse(hits.isEmpty(), term);
                assertEquals(d.get("href").asText(), hits.get(0).get("href").asText(), term);
            }
        }
        assertTrue(tried > 0);
    }

    @Test
    void accentsAndQuerySyntaxAreForgiven() {
        cx.evaluateString(scope, "var TINY = [{kind:'paragraph', label:'x', href:'articles/a.html#para-1',"
                + " text:'President Erdoğan met Putin in Sochi'}];"
                + "var TINY_INDEX = GlossSearch.buildIndex(lunr, TINY);", "tiny", 1, null);
        for (String q : List.of("Erdogan", "erdoğan", "Erdo", "Sochi:", "putin~ +", "\"Putin\"")) {
            Object n = cx.evaluateString(scope, "GlossSearch.search(lunr, TINY_INDEX, TINY, " + quoteJs(q) + ").length",
                    "q", 1, null);
            assertEquals(1, ((Number) n).intValue(), q);
        }
        Object none = cx.evaluateString(scope, "GlossSearch.search(lunr, TINY_INDEX, TINY, 'Ankara').length", "q", 1, null);
        assertEquals(0, ((Number) none).intValue());
    }

    /** What a result shows of its text: parts, the matched ones marked, joined as one string with [brackets]. */
    private static String shown(String docs, String query) {
        return (String) cx.evaluateString(scope, "(function () { var D = " + docs + ";"
                + "var I = GlossSearch.buildIndex(lunr, D);"
                + "var r = GlossSearch.search(lunr, I, D, " + quoteJs(query) + ")[0];"
                + "var t = r.doc.text;"
                + "return GlossSearch.excerpt(t, GlossSearch.matchRanges(lunr, t, r.terms)).map(function (p) {"
                + "  return p.mark ? '[' + p.text + ']' : p.text; }).join(''); })()", "shown", 1, null);
    }

    @Test
    void theMatchedWordsAreMarkedByStemAccentAndPrefix() {
        String docs = "[{kind:'paragraph', label:'x', href:'a.html#para-1',"
                + " text:'President Erdoğan told Syrians (and one Syrian), in Sochi: the talks were talked about.'}]";
        assertEquals("President [Erdoğan] told Syrians (and one Syrian), in Sochi: the talks were talked about.",
                shown(docs, "erdogan"));
        assertEquals("President Erdoğan told [Syrians] (and one [Syrian]), in Sochi: the talks were talked about.",
                shown(docs, "Syrian"));
        assertEquals("President Erdoğan told Syrians (and one Syrian), in [Sochi]: the [talks] were [talked] about.",
                shown(docs, "Soch talk"));
    }

    @Test
    void aLongTextIsCutToAnExcerptAroundItsFirstMatch() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            text.append(i == 50 ? "Idlib" : "w" + i).append(' ');
        }
        String docs = "[{kind:'paragraph', label:'x', href:'a.html#para-1', text:" + quoteJs(text.toString().trim()) + "}]";
        String shown = shown(docs, "idlib");
        assertTrue(shown.startsWith("… w42 "), shown);
        assertTrue(shown.contains(" w49 [Idlib] w51 "), shown);
        assertTrue(shown.endsWith(" w71 …"), shown);
        assertEquals(30 + 2, shown.split(" ").length, shown);
    }

    @Test
    void markupInIndexedTextComesBackAsText() {
        String docs = "[{kind:'paragraph', label:'x', href:'a.html#para-1',"
                + " text:'A hostile <img src=x onerror=alert(1)> word'}]";
        assertEquals("A [hostile] <img src=x onerror=alert(1)> word", shown(docs, "hostile"));
        assertEquals("A hostile <[img] src=x onerror=alert(1)> word", shown(docs, "img"));
    }
}
