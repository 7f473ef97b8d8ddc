package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden files for a built output tree named NAME: {@code golden/NAME-files.txt} lists every file
 * the tree holds, and each file worth reading whole is kept, normalised, at {@code golden/NAME/PATH}
 * (under {@code src/test/resources}). After a deliberate change, rewrite them with {@link #UPDATE_COMMAND}
 * and review the diff.
 */
final class GoldenFiles {

    static final String UPDATE_COMMAND =
            "mvn -q test -Dtest='SiteGoldenTest,PacketGoldenTest' -Dgloss.golden.update=true";
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("gloss.golden.update");
    /** Lines of a differing file's diff shown in a failure; the rest is for {@code git diff} after an update. */
    private static final int DIFF_LINES = 40;

    private final String name;
    private final Predicate<String> keptWhole;

    /** The goldens of tree {@code name}; {@code keptWhole} picks the files compared byte for byte (the rest are listed). */
    GoldenFiles(String name, Predicate<String> keptWhole) {
        this.name = name;
        this.keptWhole = keptWhole;
    }

    /**
     * One test for the file list and one for every file kept whole, built or golden (so a file the
     * build stopped writing fails by name). With {@code -Dgloss.golden.update=true} the goldens are
     * first rewritten from {@code built}.
     */
    List<DynamicTest> check(Path built) throws IOException {
        List<String> files = SiteFixture.tree(built);
        if (UPDATE) {
            write(built, files);
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(listing().getFileName().toString(),
                () -> compare("the list of files in " + name, listing(), String.join("\n", files) + "\n")));
        TreeSet<String> kept = new TreeSet<>(SiteFixture.tree(Files.createDirectories(dir())));
        files.stream().filter(keptWhole).forEach(kept::add);
        for (String f : kept) {
            tests.add(DynamicTest.dynamicTest(f, () -> {
                if (!Files.exists(built.resolve(f))) {
                    fail(name + "/" + f + " was not built, but golden/" + name + "/" + f + " expects it." + howToUpdate());
                }
                compare(name + "/" + f, dir().resolve(f), normalise(Files.readString(built.resolve(f)), built));
            }));
        }
        return tests;
    }

    /**
     * The one place output is normalised before it is compared: what may differ between machines
     * or runs without the output being different. Today the site and {@code packet.html} hold no
     * timestamp, version or path (two builds in separate JVMs are byte-identical, see
     * {@link ReproducibleBuildTest}), so these rules change nothing in the sample's output; they
     * keep a machine's own folders out of the goldens should an output ever name them. (The
     * packet's PDF does carry its creation time, which is one reason it is listed, not kept.)
     */
    static String normalise(String text, Path built) {
        return text.replace(built.toAbsolutePath().toUri().toString(), "{OUT}/")
                .replace(built.toAbsolutePath().toString(), "{OUT}")
                .replace(Path.of("").toAbsolutePath().toString(), "{PROJECT}");
    }

    private void compare(String what, Path golden, String actual) throws IOException {
        if (!Files.exists(golden)) {
            fail(what + " has no golden file " + golden + "." + howToUpdate());
        }
        String expected = Files.readString(golden);
        if (!expected.equals(actual)) {
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(golden.toString(), what, expected.lines().toList(),
                    DiffUtils.diff(expected.lines().toList(), actual.lines().toList()), 2);
            String shown = String.join("\n", diff.subList(0, Math.min(DIFF_LINES, diff.size())));
            fail(what + " differs from its golden file " + golden + ":\n" + shown
                    + (diff.size() > DIFF_LINES ? "\n[... " + (diff.size() - DIFF_LINES) + " more diff lines]" : "")
                    + (diff.isEmpty() ? "(only in line endings or the final newline)" : "") + howToUpdate());
        }
    }

    private void write(Path built, List<String> files) throws IOException {
        FileTrees.delete(dir());
        Files.createDirectories(dir());
        Files.writeString(listing(), String.join("\n", files) + "\n", StandardCharsets.UTF_8);
        for (String f : files.stream().filter(keptWhole).toList()) {
            Path golden = dir().resolve(f);
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, normalise(Files.readString(built.resolve(f)), built), StandardCharsets.UTF_8);
        }
    }

    private Path dir() {
        return ROOT.resolve(name);
    }

    private Path listing() {
        return ROOT.resolve(name + "-files.txt");
    }

    private static String howToUpdate() {
        return "\nIf the change is meant, rewrite the golden files with\n    " + UPDATE_COMMAND
                + "\nand review `git diff src/test/resources/golden` before committing it.";
    }
}
