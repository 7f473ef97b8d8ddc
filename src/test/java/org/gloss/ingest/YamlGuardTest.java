package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared YAML guard every Gloss file goes through (issue 16, items 4, 9 and 13): no alias, no
 * type tag, no duplicate key, scalars as their text, long values cut short in messages.
 */
class YamlGuardTest {

    /** 25 lines, 48 aliases, under snakeyaml's own limit of 50: 2^24 strings once expanded. */
    static String aliasBomb(String key) {
        StringBuilder b = new StringBuilder("a0: &a0 [lol, lol]\n");
        for (int i = 1; i < 25; i++) {
            b.append("a").append(i).append(": &a").append(i)
                    .append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        return b.append(key).append(": *a24\n").toString();
    }

    @Test
    void anAliasBombIsRefusedAtTheFirstAlias() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping(aliasBomb("date"), 2));
        assertTrue(e.getMessage().contains("aliases (*name) are not allowed"), e.getMessage());
        assertEquals(4, e.line(), "line 2 of the YAML, after two lines before it");
        assertEquals(10, e.column());
    }

    @Test
    void anAnchorWithoutAliasIsHarmless() throws ArticleFormatException {
        assertEquals(Map.of("title", "Hello"), YamlDocuments.loadMapping("title: &t Hello\n", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title: !!binary aGVsbG8=", "title: !!float 1e400", "title: !u44%+d hi",
        "title: !!python/object x", "title: !!set {a, b}"})
    void typeTagsAreRefusedWithTheirPlace(String yaml) {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping("outlet: X\n" + yaml + "\n", 0));
        assertTrue(e.getMessage().startsWith("malformed YAML"), e.getMessage());
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.column() >= 1, e.getMessage());
    }

    @Test
    void everyScalarIsItsTextAsWritten() throws ArticleFormatException {
        Map<String, Object> m = YamlDocuments.loadMapping("""
                title: 1e400
                count: 007
                flag: yes
                on: true
                date: 2020-02-05
                str: !!str 12
                empty:
                quoted: "null"
                list: [1.0, 0x1F]
                """, 0);
        assertEquals("1e400", m.get("title"));
        assertEquals("007", m.get("count"));
        assertEquals("yes", m.get("flag"));
        assertEquals("true", m.get("on"));
        assertEquals("2020-02-05", m.get("date"));
        assertEquals("12", m.get("str"));
        assertNull(m.get("empty"));
        assertEquals("null", m.get("quoted"));
        assertEquals(List.of("1.0", "0x1F"), m.get("list"));
    }

    @Test
    void aDuplicateKeyNamesBothLines() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping("- term: A\n  definition: one\n  definition: two\n", 0));
        assertEquals("malformed YAML: key 'definition' appears twice (first on line 2)", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void aNonScalarKeyIsRefused() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping("? [a, b]\n: c\n", 0));
        assertTrue(e.getMessage().startsWith("malformed YAML"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void aLongValueIsCutShortInTheMessage() {
        String key = "k".repeat(100_000);
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping(key + ": 1\n" + key + ": 2\n", 0));
        assertTrue(e.getMessage().length() < 200, () -> e.getMessage().length() + " characters");
    }

    @Test
    void textOverSnakeyamlsOwnThreeMegabyteLimitIsRead() throws ArticleFormatException {
        String big = "x".repeat(3 * 1024 * 1024 + 1000);
        assertEquals(big, YamlDocuments.loadMapping("definition: " + big + "\n", 0).get("definition"));
    }
}
