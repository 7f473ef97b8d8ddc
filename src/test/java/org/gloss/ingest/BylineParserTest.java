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
        "Author: Amira Haddad; Amira Haddad"
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
}
