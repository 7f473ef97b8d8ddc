package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownArticleReaderTest {

    @Test
    void aLeadingHeadingIsTheTitleWhenTheFrontMatterHasNone() throws Exception {
        ConvertedArticle a = new MarkdownArticleReader().read("# Port strike ends\n\nDockers returned.\n", "a.md");
        assertEquals("Port strike ends", a.metadata().title());
        assertEquals("Dockers returned.\n", a.body());
    }

    @Test
    void theFrontMatterTitleWinsAndTheBodyStaysAsWritten() throws Exception {
        ConvertedArticle a = new MarkdownArticleReader().read("---\ntitle: T\n---\n# Heading\n\nText *here*.\n", "a.md");
        assertEquals("T", a.metadata().title());
        assertEquals("# Heading\n\nText *here*.\n", a.body());
    }
}
