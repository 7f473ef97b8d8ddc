package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gloss.core.BuildException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard judges where a path really leads; the command-level cases are in {@code robust.OutputGuardTest}. */
class OutputGuardTest {

    @TempDir
    Path tmp;
    Path home;
    OutputGuard guard;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(tmp.resolve("home/me"));
        Files.createDirectories(home.resolve("story/content/articles"));
        guard = new OutputGuard(home.resolve("story/content"), home.resolve("story/templates"), home);
    }

    @Test
    void refusesTheHomeFolderAndWhatHoldsIt() {
        assertTrue(refusal(home).contains("home folder"));
        assertTrue(refusal(home.getParent()).contains("home folder"));
        assertTrue(refusal(home.resolve("story/.")).contains("holds, the content folder"));
    }

    @Test
    void refusesTheRoot() {
        assertTrue(refusal(tmp.getRoot()).contains("file-system root"));
    }

    @Test
    void resolvesLinksAndDotDotsInThePathsThatExist() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("shortcut"), home.resolve("story/content/articles"));
        assertTrue(refusal(link.resolve("new/site")).contains("inside the content folder"));
        assertTrue(refusal(home.resolve("elsewhere/../story/templates/x")).contains("inside the templates folder"));
        assertEquals(home.toRealPath().resolve("not/yet"), OutputGuard.resolved(home.resolve("not/yet")));
    }

    @Test
    void aFolderBesideTheInputsIsFine() {
        assertDoesNotThrow(() -> guard.check(home.resolve("story/site")));
        assertDoesNotThrow(() -> guard.check(home.resolve("story/site.zip")));
    }

    private String refusal(Path out) {
        return assertThrows(BuildException.class, () -> guard.check(out)).getMessage();
    }
}
