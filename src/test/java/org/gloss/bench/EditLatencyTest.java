package org.gloss.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditLatencyTest {

    @Test
    void theLineGivesTheMedianAndWorstTimeToPagesAndEachKindApart() {
        List<EditLatency.Edit> edits = List.of(
                new EditLatency.Edit(false, 100, 120, 150, 1, 2, 3, 9),
                new EditLatency.Edit(true, 300, 350, 400, 1, 2, 3, 9),
                new EditLatency.Edit(false, 120, 140, 170, 1, 2, 3, 9),
                new EditLatency.Edit(true, 200, 230, 260, 1, 2, 3, 9));
        String line = EditLatency.toLine(edits);
        assertArrayEquals(new long[] {200, 300}, EditLatency.parse(line), line);
        assertTrue(line.contains(" prose=120 ") && line.contains(" quotation=300 ") && line.contains(" rebuilt=260 "),
                line);
    }
}
