package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InlineMarkdownTest {

    @Test
    void deadAnchorsBecomeTheirText() {
        assertEquals("Related article: 4 Officers Killed – Reports",
                InlineMarkdown.toMarkdown("Related article: [4 Officers Killed – Reports](#)"));
    }

    @Test
    void realLinksStayLinks() {
        assertEquals("a [statement](https://ports.example/p) said",
                InlineMarkdown.toMarkdown("a [statement](https://ports.example/p) said"));
    }

    @Test
    void scriptTargetsAreNotLinks() {
        assertEquals("click", InlineMarkdown.toMarkdown("[click](javascript:alert(1))"));
    }

    @Test
    void markdownSyntaxInTheWordsIsEscaped() {
        assertEquals("the \\[Syrian Democratic Forces\\] said", InlineMarkdown.toMarkdown("the [Syrian Democratic Forces] said"));
    }

    @Test
    void knowsLinkOnlyLines() {
        assertTrue(InlineMarkdown.isLinkOnly("[Fishermen protest new quotas](https://x.example/q)"));
        assertFalse(InlineMarkdown.isLinkOnly("Read the [report](https://x.example/r) here."));
    }
}
