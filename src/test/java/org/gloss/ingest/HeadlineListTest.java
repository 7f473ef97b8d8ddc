package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineListTest {

    @Test
    void findsTheStartOfANumberedHeadlineRunAtTheEnd() {
        List<String> lines = List.of("Story text ends here.", "1. Road closed for repairs", "2. Choir raises roof funds",
                "3. Mayor opens new park");
        assertEquals(1, HeadlineList.startOfListEndingAt(lines, lines.size()));
    }

    @Test
    void twoItemsAreNotAList() {
        List<String> lines = List.of("Story text ends here.", "1. Road closed for repairs", "2. Choir raises roof funds");
        assertEquals(3, HeadlineList.startOfListEndingAt(lines, lines.size()));
    }

    @Test
    void aRunThatDoesNotCountFromOneIsNotAList() {
        List<String> lines = List.of("Story text ends here.", "4. Road closed for repairs", "5. Choir raises roof funds",
                "6. Mayor opens new park");
        assertEquals(4, HeadlineList.startOfListEndingAt(lines, lines.size()));
    }

    @Test
    void sentencesAreNotHeadlines() {
        List<String> lines = List.of("1. The road was closed.", "2. The choir sang.", "3. The mayor left early.");
        assertEquals(3, HeadlineList.startOfListEndingAt(lines, lines.size()));
    }
}
