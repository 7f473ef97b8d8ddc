package org.gloss.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.gloss.BuildException;
import org.gloss.Problem;

/**
 * Writes a built site atomically: every file goes into a fresh folder beside the output, which
 * replaces the output only once complete. A build that fails or is killed leaves the previous
 * site as it was. No file is ever written outside the output folder, whatever its path says.
 */
public final class SiteWriter {

    private SiteWriter() {
    }

    public static void write(Path out, List<OutputFile> files) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-building-");
            for (OutputFile f : files) {
                Path dest = resolveInside(staging, f.path());
                Files.createDirectories(dest.getParent());
                Files.write(dest, f.content());
            }
            swap(staging, target);
            staging = null;
        } catch (IOException e) {
            throw new BuildException(Problem.error(out.toString(), "cannot write the site: " + e.getMessage()), e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /** Resolves {@code relative} under {@code root}, refusing anything that would land outside it. */
    public static Path resolveInside(Path root, String relative) {
        Path p = root.resolve(relative).normalize();
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || !p.startsWith(root)
                || p.equals(root)) {
            throw new BuildException(Problem.error(relative, "refusing to write outside the output folder"));
        }
        return p;
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + "-old-" + ProcessHandle.current().pid());
            deleteQuietly(old);
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Leftover staging folders are harmless and named so they are easy to spot.
        }
    }
}
