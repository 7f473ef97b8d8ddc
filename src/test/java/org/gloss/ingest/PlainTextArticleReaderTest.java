package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextArticleReaderTest {

    private static final String STORY = """
            The bakery on the corner will close at the end of the month after forty years of trading, its owners said on Monday.

            They said rising energy costs had made the ovens too expensive to run through the night, as the shop has always done.

            Regular customers have started a collection to buy the old bread slicer as a keepsake for the street.
            """;

    private static ConvertedArticle read(String text) throws ArticleFormatException {
        return new PlainTextArticleReader().read(text, "a.txt");
    }

    @Test
    void aMastheadThatThePhotoCreditNamesIsTheOutlet() throws Exception {
        ConvertedArticle a = read("Riverside Echo\n\nCorner bakery to close after forty years\n\nPhoto: Riverside Echo\n\n" + STORY);
        assertEquals("Riverside Echo", a.metadata().outlet());
        assertFalse(a.body().contains("Riverside Echo"));
    }

    @Test
    void aSectionLabelSaidOnceIsNotTheOutlet() throws Exception {
        assertNull(read("Business\n\nCorner bakery to close after forty years\n\n" + STORY + "\nBusiness rates rose too.\n")
                .metadata().outlet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"© 2024 Riverside Echo", "Copyright © 2024 Riverside Echo Ltd. All rights reserved.",
        "(c) Riverside Echo 2019-2024", "Copyright 2024 Riverside Echo, Inc."})
    void aCopyrightLineNamesTheOutlet(String line) throws Exception {
        ConvertedArticle a = read("Corner bakery to close after forty years\n\n" + STORY + "\n" + line + "\n");
        assertEquals("Riverside Echo", a.metadata().outlet());
        assertFalse(a.body().contains("Riverside"));
    }

    @Test
    void aMostReadListOfNumberedHeadlinesAndACommentCountAreDropped() throws Exception {
        String body = read("Corner bakery to close after forty years\n\n" + STORY + """

                Comments (3)

                Most read
                1. Road closed for gas main repairs
                2. New head teacher named at primary school
                3. Choir raises funds for church roof
                """).body();
        assertFalse(body.contains("Comments"), body);
        assertFalse(body.contains("head teacher"), body);
        assertTrue(body.endsWith("keepsake for the street.\n"), body);
    }

    @Test
    void theStorysOwnNumberedPointsStay() throws Exception {
        String body = read("Corner bakery to close after forty years\n\n" + STORY + """

                The owners listed their reasons:
                1. Energy bills have tripled since last winter.
                2. Flour costs more than it did.
                3. Neither of their children wants to bake.
                """).body();
        assertTrue(body.contains("Neither of their children wants to bake."), body);
    }

    @Test
    void aWireStorysNoteOnWhatChangedIsDropped() throws Exception {
        ConvertedArticle a = read("Corner bakery to close after forty years\n\n(Updates with comment from the council in paragraph 3)\n\n" + STORY);
        assertNull(a.metadata().description());
        assertTrue(a.body().startsWith("The bakery on the corner"), a.body());
    }
}
