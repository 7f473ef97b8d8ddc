package org.gloss.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageCaptionTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "Idlib has become the final frontier [Getty]; Idlib has become the final frontier; Getty",
        "Syrians flee violence near the border, on Wednesday. (Photo: AFP); Syrians flee violence near the border, on Wednesday.; AFP",
        "Mehmet Guzel / AP / TASS; -; Mehmet Guzel / AP / TASS",
        "Photo: Markus Brandt / dpa; -; Markus Brandt / dpa",
        "(Reuters/John Smith); -; Reuters/John Smith",
        "Lorries wait at the crossing. Photo: Sami Khalil/Reuters; Lorries wait at the crossing.; Sami Khalil/Reuters"
    })
    void splitsCaptionAndCredit(String line, String caption, String credit) {
        assertEquals(Optional.of(new ImageCaption(caption, credit)), ImageCaption.parse(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He was referring to the Syrian Democratic Forces (SDF).",
        "Source: Middle East Eye",
        "The talks, in Geneva / Lausanne, failed.",
        "Russia and Turkey in September signed a buffer zone deal (the Sochi agreement)"
    })
    void storyLinesAreNotCaptions(String line) {
        assertTrue(ImageCaption.parse(line).isEmpty(), line);
    }
}
