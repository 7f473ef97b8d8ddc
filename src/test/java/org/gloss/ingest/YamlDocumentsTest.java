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
    @CsvSource({"20000"})
    void deepNestingIsAFormatError(int depth) {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> YamlDocuments.loadMapping("title: " + "[".repeat(depth) + "\n", 0));
        assertEquals(1, Math.max(1, e.line()));
    }
}
