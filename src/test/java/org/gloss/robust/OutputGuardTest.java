package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that writes refuses an output inside the content or templates folder, or one
 * holding them, judged by where the path really leads (symbolic links resolved), not by its
 * spelling; and leaves the inputs as they were.
 */
class OutputGuardTest {

    @TempDir
    Path tmp;
    ContentFixture fx;
    Path templates;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ContentFixture(tmp);
        fx.write("a.txt", ContentFixture.article("An article", 2));
        templates = Files.createDirectories(tmp.resolve("templates/assets"));
        templates = templates.getParent();
        Files.writeString(templates.resolve("assets/extra.css"), "p { color: black }");
    }

    /**
     * Outputs inside or above the inputs, relative to the temp folder; "link" leads into the
     * articles. ({@code convert} may write into the articles folder itself, moving its source
     * aside: {@code cli.ConvertCommandTest#besideItsSourceTheSourceAndSidecarMoveAside}.)
     */
    @ParameterizedTest
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @ValueSource(strings = {"build:content/articles/site", "build:link/site", "build:templates/assets/site",
        "build:content/site", "serve:content/articles/site", "serve:link/site", "serve:templates/assets/site",
        "packet:content/articles/packet", "packet:link/packet", "archive:content/site.yml",
        "archive:link/site.zip", "archive:templates/site.zip", "convert:content/md", "convert:content",
        "build:.", "serve:.", "packet:."})
    void refusesAnOutputInsideOrAboveTheInputs(String commandAndOut) throws IOException {
        Files.createSymbolicLink(tmp.resolve("link"), fx.articles);
        String command = commandAndOut.substring(0, commandAndOut.indexOf(':'));
        Path out = tmp.resolve(commandAndOut.substring(commandAndOut.indexOf(':') + 1));
        Map<String, String> before = ContentFixture.snapshot(tmp);

        ContentFixture.Run run = ContentFixture.cli(args(command, out));

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("error: refusing to write"), run.err());
        assertTrue(run.err().contains("content") || run.err().contains("templates"), run.err());
        assertEquals(before, ContentFixture.snapshot(tmp), "nothing was written or changed");
    }

    @Test
    void aSiteBesideTheInputsIsFine() {
        ContentFixture.Run run = ContentFixture.cli(args("build", tmp.resolve("site")));
        assertEquals(0, run.exit(), run.err());
    }

    private String[] args(String command, Path out) {
        List<String> args = new ArrayList<>(List.of(command));
        if (command.equals("convert")) {
            args.add(fx.articles.resolve("a.txt").toString());
        } else {
            args.addAll(List.of("--templates", templates.toString()));
        }
        if (command.equals("serve")) {
            args.addAll(List.of("--port", "0"));
        }
        args.addAll(List.of("--content", fx.content.toString(), "--out", out.toString()));
        return args.toArray(String[]::new);
    }
}
