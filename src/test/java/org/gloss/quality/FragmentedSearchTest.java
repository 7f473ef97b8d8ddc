package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gloss.Gloss;
import org.gloss.bench.CorpusGenerator;
import org.gloss.publish.FileTrees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Search on a generated site large enough that its index is cut into several word fragments,
 * opened from {@code file://}: a query loads the fragments holding its words (not all of them)
 * and the shards of its results, and finds documents that hold the words, links that resolve and
 * the words marked, for a word, two words from different fragments, and a prefix.
 */
@BrowserTest
class FragmentedSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 200;

    static Path tmp;
    static Path site;
    static Browser browser;
    static List<String> starts = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        tmp = Files.createTempDirectory("gloss-fragmented-");
        Path content = new CorpusGenerator(7, ARTICLES).write(tmp, ARTICLES);
        site = tmp.resolve("site");
        new Gloss(content, null).build(site);
        String manifest = Files.readString(site.resolve("assets/search-index.js"));
        JSON.readTree(manifest.substring(manifest.indexOf('{'), manifest.lastIndexOf('}') + 1))
                .get("fragments").forEach(f -> starts.add(f.asText()));
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            FileTrees.delete(tmp);
        }
    }

    /** The words of fragment {@code n}, in order, that are letters only and at least five long. */
    private static List<String> words(int n) throws IOException {
        String js = Files.readString(site.resolve("assets/search/w" + n + ".js"));
        JsonNode words = JSON.readTree(js.substring(js.indexOf(','), js.lastIndexOf(')')).substring(1));
        List<String> out = new ArrayList<>();
        words.fieldNames().forEachRemaining(w -> {
            if (w.matches("[a-z]{5,}")) {
                out.add(w);
            }
        });
        return out;
    }

    /** Searches {@code query} from file:// and returns what the page reports once all results are shown. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> search(String query) {
        browser.driver().get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return (Map<String, Object>) browser.waiting().withMessage("results for " + query).until(d -> browser.js().executeScript(
                "var l = window.GlossSearch && GlossSearch.last; return l && l.query === arguments[0] ? l : null;", query));
    }

    private List<String> loadedWordFragments(Map<String, Object> stats) {
        return ((List<?>) stats.get("files")).stream().map(Object::toString).filter(f -> f.startsWith("w")).toList();
    }

    /** Every result links to a page that exists, and some mark shows one of {@code words}. */
    private void resultsHold(String query, String... words) {
        List<WebElement> results = browser.driver().findElements(By.cssSelector("#search-results li"));
        assertFalse(results.isEmpty(), "results for " + query);
        for (WebElement li : results) {
            String href = li.findElement(By.cssSelector("a.search-title")).getAttribute("href");
            Path target = Path.of(java.net.URI.create(href.replaceAll("#.*", "")));
            assertTrue(Files.isRegularFile(target), href);
        }
        List<String> marked = browser.driver().findElements(By.cssSelector("#search-results mark")).stream()
                .map(m -> m.getText().toLowerCase(Locale.ROOT)).toList();
        for (String w : words) {
            assertTrue(marked.stream().anyMatch(m -> m.startsWith(w)), w + " marked among " + marked);
        }
    }

    @Test
    void aWordLoadsItsOwnFragmentOnly() throws IOException {
        assertTrue(starts.size() >= 3, "the index is cut into several fragments: " + starts);
        int last = starts.size() - 1;
        // Not the fragment's first word: a word whose stem less a letter sorts before it may be in the one before.
        String word = words(last).get(words(last).size() / 2);
        Map<String, Object> stats = search(word);
        assertEquals(List.of("w" + last), loadedWordFragments(stats), word);
        resultsHold(word, word);
        String status = browser.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.endsWith("results for “" + word + "”") || status.endsWith("result for “" + word + "”"), status);
    }

    @Test
    void twoWordsFromDifferentFragmentsFindBoth() throws IOException {
        String a = words(0).get(words(0).size() / 2);
        String b = words(starts.size() - 2).get(0);
        Map<String, Object> stats = search(a + " " + b);
        List<String> loaded = loadedWordFragments(stats);
        assertTrue(loaded.contains("w0") && loaded.contains("w" + (starts.size() - 2)), loaded.toString());
        assertTrue(loaded.size() < starts.size(), "not every fragment: " + loaded);
        resultsHold(a + " " + b, a, b);
    }

    @Test
    void aPrefixFindsTheWordsItBegins() throws IOException {
        String word = words(1).get(0);
        String prefix = word.substring(0, 4);
        search(prefix);
        resultsHold(prefix, prefix);
    }
}
