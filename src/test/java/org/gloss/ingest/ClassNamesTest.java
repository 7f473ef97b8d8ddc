package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClassNamesTest {

    private static final Pattern AD = Pattern.compile("ad|ads");

    @Test
    void namesSplitAtDashesUnderscoresSpacesAndCamelCase() {
        assertEquals(List.of("elementor", "widget", "wrap", "main", "column", "x"),
                ClassNames.parts("elementor-widget-wrap mainColumn_x"));
    }

    @Test
    void aRuleMatchesWholePartsNeverSubstrings() {
        assertTrue(ClassNames.anyPart("top-ad-slot", AD));
        assertTrue(ClassNames.anyPart("Page-ad-margins", AD));
        assertFalse(ClassNames.anyPart("shadow header", AD));
        assertFalse(ClassNames.anyPart("download-link", AD));
        assertFalse(ClassNames.anyPart("", AD));
    }
}
