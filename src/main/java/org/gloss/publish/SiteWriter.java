package org.gloss.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.gloss.core.BuildException;
import org.gloss.core.OutputFile;
import org.gloss.core.Problem;

/**
 * Writes a built site atomically: every file goes into a fresh folder beside the output, which
 * replaces the output only once complete. A build that fails or is killed leaves the previous
 * site as it was. No file is ever written outside the output folder, whatever its path says, and
 * an existing folder is only ever replaced if Gloss made it and it holds nothing else (its
 * {@link #MARKER} lists every file; see {@link SiteMarker}), so a mistyped {@code --out} cannot
 * wipe a content folder, a home folder or {@code /}, and no file added to a site is lost.
 */
final class SiteWriter {

    /** The file that marks a folder as a site Gloss built, and so safe to replace. */
    static final String MARKER = SiteMarker.NAME;

    private SiteWriter() {
    }

    /** Writes {@code files} as the whole site in {@code out}, replacing the previous one atomically. */
    static void write(Path out, List<OutputFile> files) {
        try (StagingFolder staging = StagingFolder.open(out)) {
            files.forEach(staging::accept);
            staging.commit();
        }
    }

    /** Refuses an output that is a file, or a folder that holds something other than a Gloss site. */
    static void checkReplaceable(Path out, Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(target)) {
            throw refuse(out, "is a symbolic link; give the real folder as --out");
        }
        if (!Files.isDirectory(target)) {
            throw refuse(out, "is a file, not a folder");
        }
        if (!Files.exists(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            if (isEmpty(target)) {
                return;
            }
            throw refuse(out, "exists and is not a site Gloss built (it has no " + MARKER
                    + " file), so its files are left alone; choose another --out, or empty the folder yourself");
        }
        try {
            Optional<String> foreign = SiteMarker.firstUnlisted(target);
            if (foreign.isPresent()) {
                throw refuse(out, SiteMarker.isUnlisted(target)
                        ? "its " + MARKER + " was written by an earlier Gloss, which did not list its files, so "
                                + "nothing there is known to be Gloss's; delete the folder once yourself, or choose another --out"
                        : "it holds " + foreign.get() + ", which Gloss did not write; move that out of the folder "
                                + "(or choose another --out), so that nothing of yours is deleted");
            }
        } catch (IOException e) {
            throw refuse(out, "cannot read what it holds: " + e.getMessage());
        }
    }

    /** Resolves {@code relative} under {@code root}, refusing anything that would land outside it. */
    static Path resolveInside(Path root, String relative) {
        Path p;
        try {
            p = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new BuildException(Problem.error(relative, "not a valid file name: " + e.getReason()));
        }
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || !p.startsWith(root)
                || p.equals(root)) {
            throw new BuildException(Problem.error(relative, "refusing to write outside the output folder"));
        }
        return p;
    }

    static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = StaleBuilds.oldSitePath(target);
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

    /** Temporary folders are private to their owner; a published site must be readable by a web server. */
    static void makeReadable(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its default permissions apply.
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    static BuildException refuse(Path out, String why) {
        return new BuildException(Problem.error(out.toString(), "refusing to write the site here: " + why));
    }

    static void deleteQuietly(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (UncheckedIOException ignored) {
            // Leftover staging folders are harmless, named so they are easy to spot, and cleaned up next build.
        }
    }
}
