package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "February 06, 2020; 2020-02-06",
        "06 February, 2020; 2020-02-06",
        "May 3, 2019; 2019-05-03",
        "Feb. 5, 2020; 2020-02-05",
        "2020-02-05; 2020-02-05",
        "date 2020-02-05; 2020-02-05",
        "Wednesday 12 February 2020 09:14 GMT; 2020-02-12",
        "1 February 2020; 2020-02-01",
        "Published: March 4th, 2021 | 10:30 am; 2021-03-04",
        "Updated 14.03.2022; 2022-03-14",
        "Posted on 14 March, 2022; 2022-03-14",
        "Sept. 30, 2019; 2019-09-30"
    })
    void readsPrintedDateLines(String line, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), DateParser.dateLine(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "On February 5th, US Envoy on Syria James Jeffrey said that talks had stalled.",
        "The latest uptick in air strikes began on 20 April 2019, with Russian forces",
        "Just days earlier, on January 31st, 2020",
        "Founded 1998",
        "February 30, 2020"
    })
    void ignoresDatesInsideSentencesAndImpossibleDates(String line) {
        assertEquals(Optional.empty(), DateParser.dateLine(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2021-03-08T22:40:00+02:00; 2021-03-08",
        "2021-03-08; 2021-03-08",
        "Mon, 08 Mar 2021 22:40:00 GMT; 2021-03-08",
        "2018-04-05T06:00; 2018-04-05",
        "2021-11-01T10:52:50+0100; 2021-11-01"
    })
    void readsMachineDates(String value, String iso) {
        assertEquals(Optional.of(LocalDate.parse(iso)), DateParser.machineDate(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "0001-01-01", "not a date"})
    void placeholderDatesAreNoDate(String value) {
        assertEquals(Optional.empty(), DateParser.machineDate(value));
    }
}
