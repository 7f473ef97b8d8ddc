package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/packet.yml: optional, and every mistake in it reported at once, naming the file. */
class PacketSettingsTest {

    @Test
    void missingFileMeansNoQuestions(@TempDir Path dir) {
        assertEquals(PacketSettings.NONE, PacketSettings.read(dir));
    }

    @Test
    void readsTitleIntroAndQuestions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("packet.yml"), "title: T\nintro: I\nquestions:\n  - Why?\n  - How?\n");
        assertEquals(new PacketSettings("T", "I", List.of("Why?", "How?")), PacketSettings.read(dir));
    }

    @Test
    void everyMistakeIsReportedTogether(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("packet.yml"), "titel: T\nquestions:\n  - ok\n  - [not, text]\n");
        BuildException e = assertThrows(BuildException.class, () -> PacketSettings.read(dir));
        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("titel"));
        assertTrue(messages.get(1).contains("questions[2]"));
        assertTrue(e.problems().stream().allMatch(p -> p.file().endsWith("packet.yml")));
        assertEquals(List.of(1, 4), e.problems().stream().map(Problem::line).toList(), "each at its line");
    }

    @Test
    void brokenYamlNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("packet.yml"), "title: T\nquestions: [a, b\n");
        BuildException e = assertThrows(BuildException.class, () -> PacketSettings.read(dir));
        Problem p = e.problems().get(0);
        assertTrue(p.file().endsWith("packet.yml"));
        assertTrue(p.line() >= 2, "line " + p.line());
    }
}
