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
import org.gloss.core.OutputFile;
import org.gloss.core.SiteLayout;
import org.gloss.render.SearchFragments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * Runs the site's real search — the shipped lunr.js, search.js and the index's manifest
 * (search-index.js) and fragments (assets/search/), in Rhino instead of a browser, fragments
 * loaded as a page's script tags would load them — and checks it finds each sample article by a word only that article has,
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
        for (String file : List.of("lunr.js", "search.js")) {
            cx.evaluateString(scope, Files.readString(site.resolve("assets/" + file)), file, 1, null);
        }
        Map<String, String> files = new HashMap<>();
        files.put(SiteLayout.SEARCH_INDEX, Files.readString(site.resolve(SiteLayout.SEARCH_INDEX)));
        try (var fragments = Files.list(site.resolve("assets/search"))) {
            for (Path f : fragments.toList()) {
                files.put("assets/search/" + f.getFileName(), Files.readString(f));
            }
        }
        engine("INDEX", files);
        // Every document, shard by shard, in order.
        StringBuilder all = new StringBuilder("[].concat(");
        for (int shard = 0; files.containsKey("assets/search/d" + shard + ".js"); shard++) {
            all.append(shard == 0 ? "" : ",").append("load('d").append(shard).append("')");
        }
        docs = JSON.readTree((String) cx.evaluateString(scope, "(function () { var SRC = INDEX_FILES; function load(n) {"
                + " eval(SRC['assets/search/' + n + '.js']); return GlossSearch.fragments[n]; }"
                + " return JSON.stringify(" + all + ")); })()", "docs", 1, null));
    }

    /**
     * Defines {@code name} in the scope, a search engine over an index's {@code files} (path →
     * script), whose loader runs a fragment's script as a script tag would.
     */
    static void engine(String name, Map<String, String> files) throws IOException {
        cx.evaluateString(scope, "var " + name + "_FILES = " + JSON.writeValueAsString(files) + ";"
                + "var " + name + " = GlossSearch.engine(lunr, (function () { eval(" + name + "_FILES['"
                + SiteLayout.SEARCH_INDEX + "']); return GLOSS_SEARCH_INDEX; })(), function (n, done) {"
                + " delete GlossSearch.fragments[n]; eval(" + name + "_FILES['assets/search/' + n + '.js']);"
                + " done(GlossSearch.fragments[n] || null); });", "engine", 1, null);
    }

    /** Defines {@code name}, an engine over an index that Gloss makes of {@code docs} (JavaScript objects). */
    static void engineOf(String name, String docs) throws IOException {
        List<Map<String, String>> list = JSON.readValue((String) cx.evaluateString(scope, "JSON.stringify(" + docs + ")",
                "docs", 1, null), new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, String>>>() { });
        Map<String, String> files = new HashMap<>();
        for (OutputFile f : SearchFragments.of(list)) {
            files.put(f.path(), new String(f.content(), java.nio.charset.StandardCharsets.UTF_8));
        }
        engine(name, files);
    }

    /** The results of {@code query} on engine {@code name}, as a JSON array (the engine answers at once here). */
    static String results(String name, String query, String map) {
        return (String) cx.evaluateString(scope, "(function () { var out = null; " + name + ".search("
                + quoteJs(query) + ", function (r) { out = r; }); return JSON.stringify(out" + map + "); })()",
                "query", 1, null);
    }

    @AfterAll
    static void exit() {
        Context.exit();
    }

    static List<JsonNode> search(String query) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(results("INDEX", query, ".map(function (r) { return r.doc; })")).forEach(out::add);
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
                String text = d.get("text").asText() + " " + d.path("term").asText("") + " " + d.path("label").asText("");
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
            if (d.get("kind").asText().equals("quote") && !d.get("label").asText().equals("Unattributed quotation")) {
                speakers.add(d.get("label").asText());
            }
        });
        // Whatever speakers the analysis attributes, plus one made-up quotation so the test means
        // something even when the sample's quotations carry no speaker.
        engineOf("SPK", "[{kind:'quote', label:'Maria Zakharova', speaker:'Maria Zakharova',"
                + " href:'articles/b.html#q1', text:'We will respond'}, {kind:'paragraph', label:'y',"
                + " href:'articles/c.html#para-1', text:'Nobody spoke'}]");
        assertEquals("[\"articles/b.html#q1\"]", results("SPK", "zakharova", ".map(function (r) { return r.doc.href; })"));
        for (String speaker : speakers) {
            assertTrue(search(speaker).stream().anyMatch(h -> h.get("kind").asText().equals("quote")
                    && speaker.equals(h.path("label").asText())), speaker);
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
    void accentsAndQuerySyntaxAreForgiven() throws IOException {
        engineOf("TINY", "[{kind:'paragraph', label:'x', href:'articles/a.html#para-1',"
                + " text:'President Erdoğan met Putin in Sochi'}]");
        for (String q : List.of("Erdogan", "erdoğan", "Erdo", "Sochi:", "putin~ +", "\"Putin\"")) {
            assertEquals("1", results("TINY", q, ".length"), q);
        }
        assertEquals("0", results("TINY", "Ankara", ".length"));
    }

    /** What a result shows of its text: parts, the matched ones marked, joined as one string with [brackets]. */
    private static String shown(String docs, String query) {
        try {
            engineOf("SHOWN", docs);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return (String) cx.evaluateString(scope, "(function () { var r = null;"
                + "SHOWN.search(" + quoteJs(query) + ", function (rs) { r = rs[0]; });"
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
