package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletNamesTest {

    @Test
    void findsTheNameTheTextUsesForTheDomain() {
        String text = "Sources told The New Arab’s Arabic-language service that planes were bombing the road.";
        assertEquals(Optional.of("The New Arab"), OutletNames.fromUrl("https://www.newarab.com/news/x", text));
    }

    @Test
    void spellsMultiWordNames() {
        assertEquals(Optional.of("Middle East Eye"),
                OutletNames.fromUrl("https://www.middleeasteye.net/news/x", "Source: Middle East Eye"));
    }

    @Test
    void aDomainAloneIsNotAName() {
        assertEquals(Optional.empty(),
                OutletNames.fromUrl("https://www.themoscowtimes.com/2020/02/06/x", "Russia said on Wednesday."));
    }

    @Test
    void aCopyrightLineGivesItsOwnerWithoutYearsOrCompanySuffix() {
        assertEquals(Optional.of("The Ledger"), OutletNames.fromCopyright("© 2024 The Ledger"));
        assertEquals(Optional.of("The Ledger"), OutletNames.fromCopyright("Copyright © 2021-2024 The Ledger Ltd. All rights reserved."));
        assertEquals(Optional.empty(), OutletNames.fromCopyright("© 2024"));
        assertEquals(Optional.empty(), OutletNames.fromCopyright("The Ledger"));
    }

    @Test
    void aMastheadNeedsACreditOrCopyrightLineToBeTheOutlet() {
        assertEquals(Optional.of("The Ledger"),
                OutletNames.fromMasthead(java.util.List.of("The Ledger", "Headline here", "Photo: The Ledger"), "Headline here"));
        assertEquals(Optional.empty(),
                OutletNames.fromMasthead(java.util.List.of("Europe", "Headline here", "Across Europe, ports shut."), "Headline here"));
    }
}
