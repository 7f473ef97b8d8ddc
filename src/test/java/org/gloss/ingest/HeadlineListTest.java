package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineListTest {

    /** Lines are separated by '/'; {@code start} is where the list begins, the line count when there is none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Story text ends here./1. Road closed for repairs/2. Choir raises roof funds/3. Mayor opens new park| 1",
        "Story text ends here./1) Road closed for repairs/2) Choir raises roof funds/3) Mayor opens new park| 1",
        "Story text ends here./1. Road closed for repairs/2. Choir raises roof funds| 3",
        "Story text ends here./4. Road closed for repairs/5. Choir raises roof funds/6. Mayor opens new park| 4",
        "1. The road was closed./2. The choir sang./3. The mayor left early.| 3",
        "1. Road closed for repairs/3. Choir raises roof funds/4. Mayor opens new park| 3"
    })
    void findsWhereANumberedHeadlineListAtTheEndBegins(String text, int start) {
        List<String> lines = List.of(text.split("/"));
        assertEquals(start, HeadlineList.startOfListEndingAt(lines, lines.size()));
    }
}
