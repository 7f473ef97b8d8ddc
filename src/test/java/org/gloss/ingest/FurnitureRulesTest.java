package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureRulesTest {

    @Test
    void builtInListKnowsCommonFurnitureButNotStoryText() {
        FurnitureRules rules = FurnitureRules.builtIn();
        assertTrue(rules.isFurniture("3 min read"));
        assertTrue(rules.isFurniture("Share on Facebook | Share on Twitter | Email"));
        assertFalse(rules.isFurniture("The group published a newsletter for its members in 2019."));
    }

    @Test
    void aSiteFileAddsPatterns(@TempDir Path content) throws Exception {
        Files.writeString(content.resolve("furniture.yml"), "lines:\n  - 'listen to this story'\n");
        FurnitureRules rules = FurnitureRules.forContent(content);
        assertTrue(rules.isFurniture("Listen to this story"));
        assertTrue(rules.isFurniture("3 min read"));
    }

    @Test
    void aBadPatternIsReportedAtItsLine(@TempDir Path content) throws Exception {
        Files.writeString(content.resolve("furniture.yml"), "lines:\n  - ok\n  - '(unclosed'\n");
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> FurnitureRules.forContent(content));
        assertTrue(e.getMessage().contains("bad pattern (unclosed"), e.getMessage());
        assertEquals(3, e.line());
        assertEquals(5, e.column());
    }
}
