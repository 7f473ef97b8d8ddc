package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed YAML, however odd, is a format error with a position in the file, never a crash. */
class YamlDocumentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // found by fuzzing the front-matter reader: snakeyaml-engine threw IllegalArgumentException
        "'[!u44%+d\\n' | 1 | 2",
        "'title: [unclosed\\n' | 0 | 2",
        "'title: a\\ntitle: b\\n' | 0 | 2",
        "'a: b\\n\\tc: d\\n' | 5 | 3"})
    void malformedYamlIsAFormatErrorWithItsLine(String yaml, int lineOffset, int expectedLine) {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping(yaml.replace("\\n", "\n").replace("\\t", "\t"), lineOffset));
        assertTrue(e.getMessage().startsWith("malformed YAML"), e.getMessage());
        assertTrue(e.line() >= lineOffset + 1 && e.line() <= lineOffset + expectedLine,
                () -> "line " + e.line() + " for " + yaml);
    }

    @ParameterizedTest
    @CsvSource({"101", "20000"})
    void deepBracketsAreRefusedBeforeTheParserOverflows(int depth) {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping("a: 1\ntitle: " + "[".repeat(depth) + "\n", 3));
        assertEquals("malformed YAML: brackets nested more than 100 deep", e.getMessage());
        assertEquals(5, e.line());
        assertEquals(108, e.column());
    }

    @ParameterizedTest
    @CsvSource({"500", "3000"})
    void deepIndentationIsRefusedBeforeTheParserOverflows(int levels) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            yaml.append(" ".repeat(i)).append("a:\n");
        }
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping(yaml.toString(), 0));
        assertTrue(e.getMessage().contains("indented more than 400 columns"), e.getMessage());
        assertEquals(402, e.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'title: [[[a]]]\naliases: {a: [b, {c: d}]}\n'"})
    void ordinaryNestingIsFine(String yaml) throws ArticleFormatException {
        assertEquals(2, YamlDocuments.loadMapping(yaml.replace("\\n", "\n"), 0).size());
    }
}
