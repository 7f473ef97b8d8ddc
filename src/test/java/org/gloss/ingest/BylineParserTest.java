package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "By [Reuters](#); Reuters",
        "By Jane Doe; Jane Doe",
        "Posted by Jane Doe; Jane Doe",
        "By Jane Doe, Beirut; Jane Doe",
        "By [Lena Vogel](#) in Hamburg; Lena Vogel",
        "Written by Jane Doe and John Roe; Jane Doe and John Roe",
        "Posted by Daniel Okafor on 2021-11-23; Daniel Okafor",
        "By Jane Doe | May 3, 2019; Jane Doe",
        "Author: Amira Haddad; Amira Haddad",
        "By Ben Silverman Games Editor; Ben Silverman",
        "By Nelson D. Schwartz Staff Reporter; Nelson D. Schwartz"
    })
    void readsTheAuthor(String line, String author) {
        assertEquals(Optional.of(author), BylineParser.author(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Tuesday, the army had taken the town.",
        "by the time the convoy arrived",
        "Byelection results are in"
    })
    void sentencesAreNotBylines(String line) {
        assertEquals(Optional.empty(), BylineParser.author(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Steven Musil January 18; Steven Musil",
        "Jana Horák před 2 hodinami; Jana Horák",
        "Priya Shah 3 hours ago; Priya Shah",
        "By Ana Sandoval; Ana Sandoval",
        "Text: Vera Egorova; Vera Egorova",
        "Mark Ellis Senior Technology Correspondent; Mark Ellis",
        "Michiel de Vries Science Writer; Michiel de Vries",
        "Mika Laine | 4 May 2021; Mika Laine",
        "Joel Wade Monday, February 29, 2016; Joel Wade",
        "Mary Sun Wed, 3 Jan; Mary Sun"
    })
    void aMarkedNameLosesDatesRolesAndLabels(String text, String name) {
        assertEquals(Optional.of(name), BylineParser.name(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12 March 2020", "This is a sentence about the weather in town today."})
    void aMarkedTextWithoutANameGivesNone(String text) {
        assertEquals(Optional.empty(), BylineParser.name(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Jong, Michiel de; Jong, Michiel de",
        "By TOM KRISHER, AP Auto Writer; TOM KRISHER",
        "Amy Lee | Metro Media for Metro.com; Amy Lee",
        "Rui Costa; Rui Costa"
    })
    void aDeclaredAuthorIsKeptButForByAndWhatFollowsABar(String value, String name) {
        assertEquals(name, BylineParser.declared(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Troy Smith, Cleveland.com; Troy Smith",
        "Finian Cunningham. Sputnik International; Finian Cunningham",
        "Ana Ruiz, www.Cleveland.com; Ana Ruiz",
        "Ana Ruiz, sputniknews.com; Ana Ruiz, sputniknews.com",
        "Victor Tangermann, Futurism; Victor Tangermann, Futurism",
        "Jong, Michiel de; Jong, Michiel de",
        "Sputnik International; Sputnik International"
    })
    void thePagesOwnOutletAfterTheNameGoes(String declared, String author) {
        assertEquals(author, BylineParser.withoutOutlet(declared, "Sputnik International", "www.cleveland.com"));
    }
}
