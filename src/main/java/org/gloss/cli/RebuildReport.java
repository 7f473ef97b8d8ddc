package org.gloss.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gloss.core.Problem;

/**
 * What {@code gloss serve} says after each rebuild: which files the writer changed (relative to
 * the content folder, so {@code articles/a.md}), and only the problems that are new since the
 * last build — the same acronym warnings printed again on every save would hide the one the save
 * caused.
 */
final class RebuildReport {

    /** How many changed files are named before "and N more". */
    private static final int NAMED = 3;

    private final Path content;
    private final Path templates;
    private Set<String> seen = new HashSet<>();

    /** For a site in {@code content}, themed by {@code templates} (null for the built-in theme). */
    RebuildReport(Path content, Path templates) {
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates == null ? null : templates.toAbsolutePath().normalize();
    }

    /**
     * The problems of a build that the last one reported did not have, in their order; remembers
     * them all for the next build. A problem fixed and then made again is new again.
     */
    List<Problem> newProblems(List<Problem> problems) {
        Set<String> now = new HashSet<>();
        List<Problem> fresh = new ArrayList<>();
        for (Problem p : problems) {
            String text = p.toString();
            if (now.add(text) && !seen.contains(text)) {
                fresh.add(p);
            }
        }
        seen = now;
        return fresh;
    }

    /** "editing articles/a.md and articles/b.md, deleting articles/c.md", in path order. */
    String changes(Set<Path> changed) {
        List<String> edited = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (Path p : changed) {
            (Files.exists(p) ? edited : deleted).add(name(p));
        }
        List<String> parts = new ArrayList<>();
        if (!edited.isEmpty()) {
            parts.add("editing " + list(edited));
        }
        if (!deleted.isEmpty()) {
            parts.add("deleting " + list(deleted));
        }
        return parts.isEmpty() ? "a change" : String.join(", ", parts);
    }

    /** A changed file's name as the writer knows it: relative to the content (or templates) folder. */
    String name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown;
        if (abs.startsWith(content) && !abs.equals(content)) {
            shown = content.relativize(abs);
        } else if (templates != null && abs.startsWith(templates) && templates.getFileName() != null) {
            shown = templates.getFileName().resolve(templates.relativize(abs));
        } else {
            shown = file;
        }
        return shown.toString().replace('\\', '/');
    }

    private static String list(List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        if (sorted.size() == 1) {
            return sorted.get(0);
        }
        if (sorted.size() <= NAMED) {
            return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.get(sorted.size() - 1);
        }
        return String.join(", ", sorted.subList(0, NAMED)) + " and " + (sorted.size() - NAMED) + " more";
    }
}
