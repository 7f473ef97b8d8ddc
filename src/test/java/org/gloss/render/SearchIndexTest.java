package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gloss.Gloss;
import org.gloss.core.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search index is written straight into UTF-8 bytes; what it says must not change for it. */
class SearchIndexTest {

    @TempDir
    Path content;

    /** The index's first document shard, where a one-article site's documents are. */
    private String searchIndex(String paragraph) throws Exception {
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/one.md"), "---\ntitle: One\ndate: 2020-02-06\n---\n"
                + "The first paragraph is plain.\n\n" + paragraph + "\n");
        Gloss.Site site = new Gloss(content, null).assemble();
        return shard(site);
    }

    private static String shard(Gloss.Site site) {
        OutputFile f = site.files().stream().filter(o -> o.path().equals("assets/search/d0.js")).findFirst().orElseThrow();
        return new String(f.content(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\u2028\u2029", "a\u2028b\u2029c"})
    void lineAndParagraphSeparatorsAreEscapedSoTheScriptParses(String separators) throws Exception {
        String script = searchIndex("Words around " + separators + " the separators “quoted” — done.");
        assertFalse(script.contains("\u2028") || script.contains("\u2029"), script);
        String escaped = separators.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        assertTrue(script.contains("Words around " + escaped + " the separators “quoted” — done."), script);
    }

    @Test
    void theScriptIsOneStatementOverTheDocuments() throws Exception {
        String script = searchIndex("Émile said the café was “closed”, 😀.");
        assertTrue(script.startsWith("GlossSearch.loaded(\"d0\",[{\"kind\":\"article\""), script);
        assertTrue(script.endsWith("}]);\n"), script);
        assertTrue(script.contains("Émile said the café was “closed”, 😀."), "characters outside ASCII as printed");
    }

    @Test
    void textIsEncodedAsStringGetBytesWouldEvenWhenMalformed() {
        String text = "ok “curly” 😀 lone \uD800 surrogate, low \uDC00 too";
        byte[] streamed = Utf8Text.of(out -> {
            out.write(text, 0, 10);
            out.write(text.substring(10));
        });
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), streamed);
    }

    private static final String PREFIX = "GlossSearch.loaded(\"d0\",";

    @Test
    void writesLineAndParagraphSeparatorsAsEscapes(@TempDir Path other) throws Exception {
        Files.createDirectories(other.resolve("articles"));
        Files.writeString(other.resolve("site.yml"), "title: Test\n");
        Files.writeString(other.resolve("articles/one.md"), """
                ---
                title: "Line\\u2028and\\u2029paragraph \\"quoted\\" </script>"
                description: "D\\u2028\\u2028E"
                date: 2020-02-06
                ---
                A story paragraph.
                """);
        Gloss.Site site = new Gloss(other, null).assemble();
        String js = shard(site);

        assertFalse(js.contains("\u2028") || js.contains("\u2029"), js);
        assertTrue(js.startsWith(PREFIX) && js.endsWith(");\n"), js);
        JsonNode docs = new ObjectMapper().readTree(js.substring(PREFIX.length(), js.length() - 3));
        JsonNode article = docs.get(0);
        assertEquals("Line\u2028and\u2029paragraph \"quoted\" </script>", article.get("label").asText());
        assertEquals("D\u2028\u2028E", article.get("text").asText());
    }
}
