package org.gloss.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gloss.core.Problem;

/**
 * The one guard for every file Gloss reads from an input folder (the content folder, a theme): a
 * regular file may be read, and a symbolic link only when it resolves to a regular file inside the
 * folder. A broken link, a link leading outside (a theme's {@code assets/env.txt} linked to
 * {@code /proc/self/environ}), a link to a folder and a special file (device, FIFO, socket, or
 * anything under {@code /proc} or {@code /sys}) are never read, and are reported, naming the file,
 * instead. Files under {@code /dev} are judged like any other: its devices are not regular files,
 * and {@code /dev/shm} is a memory-backed folder where content may well live.
 */
public final class InputFolder {

    private static final List<Path> SPECIAL_PLACES = List.of(Path.of("/proc"), Path.of("/sys"));

    private final Path root;
    private final String kind;
    private final String namePrefix;
    private final Path realRoot;

    private InputFolder(Path root, String kind, String namePrefix) {
        this.root = root;
        this.kind = kind;
        this.namePrefix = namePrefix;
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = null; // missing: nothing in it can be read, and links into it resolve nowhere
        }
        this.realRoot = real;
    }

    /** The content folder; problems name files relative to it ({@code articles/a.txt}, {@code site.yml}). */
    static InputFolder content(Path contentDir) {
        return new InputFolder(contentDir, "content", "");
    }

    /** A theme's folder; problems name files as the theme's errors do ({@code template 404.peb}). */
    public static InputFolder templates(Path templatesDir) {
        return new InputFolder(templatesDir, "templates", "template ");
    }

    /**
     * {@code file} (under this folder) when it may be read; empty when it does not exist, or may
     * not be read, which {@code problems} is then told.
     */
    public Optional<Path> readable(Path file, List<Problem> problems) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.warning(name(file), "cannot read: " + e.getMessage() + "; skipped"));
            return Optional.empty();
        }
        if (attrs.isSymbolicLink()) {
            return followed(file, problems);
        }
        if (!attrs.isRegularFile() || isSpecialPlace(file.toAbsolutePath().normalize())) {
            problems.add(Problem.note(name(file), "ignored: not a regular file"));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** {@link #readable(Path, List)} of {@code relative} under this folder. */
    public Optional<Path> readable(String relative, List<Problem> problems) {
        return readable(root.resolve(relative), problems);
    }

    /**
     * What {@link #readable} would refuse anywhere under {@code dir} (this folder or one inside),
     * links to folders included; hidden files are skipped as the article list skips them.
     */
    public List<Problem> refusedUnder(Path dir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return problems;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    readable(p, problems);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    problems.add(Problem.warning(name(p), "cannot read: " + e.getMessage() + "; skipped"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.warning(name(dir), "cannot list folder: " + e.getMessage()));
        }
        return problems;
    }

    private Optional<Path> followed(Path link, List<Problem> problems) {
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.warning(name(link), "broken symbolic link; skipped"));
            return Optional.empty();
        }
        if (realRoot == null || !real.startsWith(realRoot) || isSpecialPlace(real)) {
            problems.add(Problem.warning(name(link),
                    "symbolic link pointing outside the " + kind + " folder; not followed"));
        } else if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.note(name(link), "ignored: symbolic link to a folder is not followed"));
        } else if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.note(name(link), "ignored: symbolic link to something that is not a regular file"));
        } else {
            return Optional.of(link);
        }
        return Optional.empty();
    }

    /** Kernel and device trees: their "files" are the machine's state, never content. */
    private static boolean isSpecialPlace(Path real) {
        return SPECIAL_PLACES.stream().anyMatch(real::startsWith);
    }

    private String name(Path p) {
        Path rel = p.startsWith(root) ? root.relativize(p) : p;
        return namePrefix + rel.toString().replace('\\', '/');
    }
}
