package org.gloss.features.quotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link Names#compatible(Names.Voice, Names.Voice)} (each speaker's form worked out once) to
 * the comparison it replaced, {@link ReferenceNames}, on every pair of a list of speakers as
 * articles print them and of generated ones.
 */
class NamesCompatibleDifferentialTest {

    private static final List<String> SPEAKERS = List.of("Rosa Linares", "Linares", "rosa linares", "Sen. Rosa Linares",
            "José Nuñez", "Jose Nunez", "Nuñez", "Nunez", "J. Nunez", "Ana Ruiz", "Ruiz", "Ana", "the State Department",
            "State Department", "the US State Department", "a State Department spokesman", "a spokeswoman for the ministry",
            "the ministry", "Ministry", "An Environment Agency spokesman", "the Environment Agency", "environment agency",
            "a government official", "officials", "the press office of the ministry", "Mary Major", "Mary", "Major",
            "Mary-Jane Major", "James Jeffrey", "Jeffrey", "Van der Berg", "Berg", "der Berg", "Ann Lee", "Lee", "lee",
            "A. Lee", "Lee Ann", "the", "the ", "Éric Zemmour", "Eric Zemmour", "ZEMMOUR", "O'Brien",
            "Sean O'Brien", "O’Brien");

    @Test
    void theVoicesAgreeWithThePlainComparisonOnEveryPair() {
        List<String> names = new ArrayList<>(SPEAKERS);
        Random random = new Random(7);
        for (int n = 0; n < 150; n++) {
            // Words of the list recombined: surnames, first names and titles meeting in new ways.
            String a = SPEAKERS.get(random.nextInt(SPEAKERS.size()));
            String b = SPEAKERS.get(random.nextInt(SPEAKERS.size()));
            names.add((a + " " + b).strip());
        }
        for (String a : names) {
            for (String b : names) {
                assertEquals(ReferenceNames.compatible(a, b), Names.compatible(Names.voice(a), Names.voice(b)),
                        () -> "'" + a + "' and '" + b + "'");
                assertEquals(ReferenceNames.compatible(a, b), Names.compatible(a, b), () -> "'" + a + "' and '" + b + "'");
            }
        }
    }
}
