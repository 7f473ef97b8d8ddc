package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gloss.bench.CorpusGenerator;
import org.gloss.core.BuildProgress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with the build cache into a folder the last build made, with no input changed, leaves
 * the folder as it is and reports that build's result; any change to an input or to the folder
 * makes a full build, whose site is byte for byte a clean build's.
 */
class UnchangedBuildTest {

    private static final int ARTICLES = 6;
    /** A time no build writes a file at: a file that still has it was not written again. */
    private static final FileTime LONG_AGO = FileTime.fromMillis(86_400_000L);

    @TempDir
    Path tmp;

    private Path content;
    private Path templates;
    private Path out;

    @BeforeEach
    void corpus() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(5, ARTICLES);
        content = generator.write(tmp.resolve("corpus"), ARTICLES);
        // An article no glossary entry explains an acronym of: a warning to report again.
        Files.writeString(content.resolve("articles/zz-lint.md"),
                "---\ntitle: \"Lint\"\noutlet: \"Desk\"\ndate: 2024-03-01\n---\n\nThe QQXZ board met on Monday.\n");
        templates = tmp.resolve("templates");
        Files.createDirectories(templates);
        out = tmp.resolve("site");
    }

    @Test
    void nothingChangedLeavesTheSiteAndReportsTheLastResult() throws IOException {
        Gloss.BuildResult first = build();
        assertTrue(first.published());
        stampEveryFile();

        Gloss.BuildResult again = build();

        assertTrue(again.published());
        assertEquals(first.articles(), again.articles());
        assertEquals(first.pages(), again.pages());
        assertEquals(first.problems(), again.problems(), "the same warnings, reported again");
        assertTrue(first.problems().stream().anyMatch(p -> p.message().contains("QQXZ")), first.problems().toString());
        assertTrue(untouched(), "no file was written again");
    }

    @Test
    void anEditedArticleBuildsAgainAsACleanBuildWould() throws IOException {
        build();
        stampEveryFile();
        Path article = content.resolve("articles/zz-lint.md");
        Files.writeString(article, Files.readString(article) + "\nA paragraph added later.\n");
        assertRebuiltAsClean();
    }

    @Test
    void anEditWithTheSameLengthBuildsAgain() throws IOException {
        build();
        stampEveryFile();
        Path article = content.resolve("articles/zz-lint.md");
        Files.writeString(article, Files.readString(article).replace("Monday", "Friday"));
        assertRebuiltAsClean();
    }

    @Test
    void aRenamedArticleBuildsAgain() throws IOException {
        build();
        stampEveryFile();
        Files.move(content.resolve("articles/zz-lint.md"), content.resolve("articles/zz-renamed.md"));
        assertRebuiltAsClean();
    }

    @Test
    void aFileAddedDeepInTheSiteIsSeen() throws IOException {
        build();
        Files.writeString(out.resolve("articles/added-by-hand.html"), "");
        stampEveryFile();
        assertRefusedFor("articles/added-by-hand.html");
    }

    @Test
    void aFolderAddedDeepInTheSiteIsSeen() throws IOException {
        build();
        Files.createDirectories(out.resolve("articles/new/deeper"));
        stampEveryFile();
        assertRefusedFor("articles/new/");
    }

    @Test
    void anEditedTemplateBuildsAgain() throws IOException {
        build();
        stampEveryFile();
        Files.writeString(templates.resolve("404.peb"), Files.readString(Path.of("templates/404.peb")) + "\n<!-- new -->\n");
        assertRebuiltAsClean();
    }

    @Test
    void aPageChangedInTheSiteBuildsAgain() throws IOException {
        build();
        Files.writeString(out.resolve("index.html"), "defaced");
        stampEveryFile();
        assertRebuiltAsClean();
    }

    @Test
    void aPageRemovedFromTheSiteBuildsAgain() throws IOException {
        build();
        Files.delete(out.resolve("glossary.html"));
        stampEveryFile();
        assertRebuiltAsClean();
    }

    @Test
    void aSymbolicLinkAmongTheInputsAlwaysBuilds() throws IOException {
        Path target = Files.writeString(tmp.resolve("outside.txt"), "not content");
        Files.createSymbolicLink(content.resolve("articles/linked.md"), target);
        build();
        stampEveryFile();
        build();
        assertFalse(untouched(), "what a link stands for may change without it: the build ran");
    }

    @Test
    void aRejectedResultLeavesTheSiteAsItIs() throws IOException {
        build();
        stampEveryFile();
        Gloss.BuildResult strict = new Gloss(content, templates).withCache(tmp.resolve(".gloss-cache"))
                .build(out, BuildProgress.SILENT, r -> r.problems().stream().allMatch(p -> p.isNote()));
        assertFalse(strict.published(), "--strict refuses a build with warnings, even one with nothing to do");
        assertTrue(untouched());
    }

    /**
     * A check reads a file only when its stamp (time, size, file key) is not the one recorded
     * with its fingerprint; a file just written is read until its time is settled, then its
     * stamp is recorded, so the next check reads nothing.
     */
    @Test
    void aCheckReadsOnlyTheFilesWhoseStampsChanged() throws IOException {
        build();
        stampEveryFile();
        stampInputs(LONG_AGO);
        UnchangedBuild first = check();
        assertTrue(first.lastResult(TIMINGS).isPresent());
        assertTrue(first.filesRead() > 0, "no stamp vouched for these files yet: each was read");
        UnchangedBuild second = check();
        assertTrue(second.lastResult(TIMINGS).isPresent());
        assertEquals(0, second.filesRead(), "their stamps were recorded by the last check");

        Files.setLastModifiedTime(out.resolve("index.html"), FileTime.fromMillis(LONG_AGO.toMillis() + 1000));
        UnchangedBuild touched = check();
        assertTrue(touched.lastResult(TIMINGS).isPresent(), "touched, not changed: nothing to do");
        assertEquals(1, touched.filesRead());
        assertTrue(build().published());
        assertTrue(untouchedExcept("index.html"));
    }

    /** A file changed within the same tick of the clock as its last check keeps no stamp: it is read, and the change seen. */
    @Test
    void aFileChangedTooSoonAfterItsCheckIsStillRead() throws IOException {
        build();
        // Written just now: the record's stamps for these files are not settled, so not kept.
        Path index = out.resolve("index.html");
        FileTime time = Files.getLastModifiedTime(index);
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 2] ^= 1;
        Files.write(index, bytes);
        Files.setLastModifiedTime(index, time);
        assertTrue(check().lastResult(TIMINGS).isEmpty(), "same size, same time, other bytes: read and seen");
    }

    private static final org.gloss.core.BuildTimings TIMINGS = new org.gloss.core.BuildTimings(java.time.Duration.ZERO,
            java.time.Duration.ZERO, java.time.Duration.ZERO, java.time.Duration.ZERO);

    private UnchangedBuild check() {
        return UnchangedBuild.of(BuildCache.open(tmp.resolve(".gloss-cache")), content, templates, out);
    }

    private void stampInputs(FileTime time) throws IOException {
        for (Path dir : java.util.List.of(content, templates)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(p, time);
                }
            }
        }
    }

    /** True when every file of the site but {@code except} still has the stamp {@link #stampEveryFile} gave it. */
    private boolean untouchedExcept(String except) throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (!out.relativize(p).toString().equals(except) && !Files.getLastModifiedTime(p).equals(LONG_AGO)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The build ran rather than report the last one (the check saw what was added) and, as any
     * build does, refused to replace a folder holding what it did not write.
     */
    private void assertRefusedFor(String added) throws IOException {
        org.gloss.core.BuildException refused = assertThrows(org.gloss.core.BuildException.class, this::build);
        assertTrue(refused.getMessage().contains(added), refused.getMessage());
    }

    private void assertRebuiltAsClean() throws IOException {
        assertTrue(build().published());
        assertFalse(untouched(), "the build ran");
        Path clean = tmp.resolve("clean");
        new Gloss(content, templates).build(clean);
        Map<String, byte[]> expected = tree(clean);
        Map<String, byte[]> actual = tree(out);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertEquals(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                new String(actual.get(path), java.nio.charset.StandardCharsets.UTF_8), path));
        assertNotEquals(0, actual.size());
    }

    private Gloss.BuildResult build() {
        return new Gloss(content, templates).withCache(tmp.resolve(".gloss-cache")).build(out);
    }

    private void stampEveryFile() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, LONG_AGO);
            }
        }
    }

    /** True when every file of the site still has the stamp {@link #stampEveryFile} gave it. */
    private boolean untouched() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(p).equals(LONG_AGO)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
