package org.gloss.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.gloss.core.BuildException;
import org.gloss.core.OutputFile;
import org.gloss.core.Problem;
import org.gloss.core.SiteSink;

/**
 * A fresh folder beside the output that a build streams its files into as they are made, so no
 * build holds its whole site in memory; {@link #commit} swaps it in for the output once complete.
 * Closing it without committing deletes it, and a killed build's folder is removed by the next
 * build ({@link StaleBuilds}), so the previous site is never touched until the new one is whole.
 */
public final class StagingFolder implements SiteSink, AutoCloseable {

    private final Path out;
    private final Path target;
    private final Path staging;
    private final AtomicInteger written = new AtomicInteger();
    /** Every path written, for the marker's list. */
    private final Queue<String> paths = new ConcurrentLinkedQueue<>();
    private volatile boolean finished;

    private StagingFolder(Path out, Path target, Path staging) {
        this.out = out;
        this.target = target;
        this.staging = staging;
    }

    /** Checks that {@code out} may be replaced, tidies up after dead builds, and makes the folder. */
    public static StagingFolder open(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw SiteWriter.refuse(out, "cannot write a site to the file-system root");
        }
        SiteWriter.checkReplaceable(out, target);
        try {
            Files.createDirectories(parent);
            StaleBuilds.cleanUp(target);
            Path staging = Files.createTempDirectory(parent, StaleBuilds.stagingPrefix(target));
            SiteWriter.makeReadable(staging);
            return new StagingFolder(out, target, staging);
        } catch (IOException e) {
            throw new BuildException(Problem.error(out.toString(), "cannot write the site: " + e), e);
        }
    }

    /**
     * Tidies up after dead builds into {@code out} (their staging folders deleted, a site one had
     * moved aside put back), as {@link #open} does first: for a build that has nothing to write.
     * False when that could not be done, and a build should open a staging folder to report why.
     */
    public static boolean tidyUp(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            return false;
        }
        try {
            StaleBuilds.cleanUp(target);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void accept(OutputFile f) {
        put(f, null);
    }

    /** A hard link to the output's own file where the file system has them ({@link #carryOver}). */
    @Override
    public void acceptUnchanged(OutputFile f) {
        put(f, SiteWriter.resolveInside(target, f.path()));
    }

    /**
     * Adds {@code f}, which the output already holds as {@code same} with these very bytes, as a
     * hard link to that file: a preview update then writes only what changed, yet still swaps in
     * a whole new version. Where links are not supported the bytes are written.
     */
    void carryOver(OutputFile f, Path same) {
        put(f, same);
    }

    private void put(OutputFile f, Path same) {
        if (finished) {
            // A thread still rendering after the build failed: its folder is gone or going.
            throw new IllegalStateException("the staging folder of " + out + " is closed");
        }
        Path dest = SiteWriter.resolveInside(staging, f.path());
        try {
            Files.createDirectories(dest.getParent());
            if (same == null || !linked(dest, same)) {
                write(dest, f);
            }
        } catch (FileAlreadyExistsException e) {
            throw new BuildException(Problem.error(f.path(), "two files of the site have this path"), e);
        } catch (IOException | UncheckedIOException e) {
            // A streamed file stopped half-written stays here only until the folder is deleted.
            throw new BuildException(Problem.error(out.toString(), "cannot write " + f.path() + ": " + e), e);
        }
        written.incrementAndGet();
        paths.add(f.path());
    }

    /**
     * Writes {@code f} at {@code dest}; a streamed file chunk by chunk as its body makes them, so
     * it is never held whole (CREATE_NEW: two outputs with one path would silently lose one of them).
     */
    private static void write(Path dest, OutputFile f) throws IOException {
        if (!f.streamed()) {
            Files.write(dest, f.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return;
        }
        try (OutputStream file = new BufferedOutputStream(
                Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
            f.writeTo(file);
        }
    }

    private static boolean linked(Path dest, Path same) throws FileAlreadyExistsException {
        try {
            Files.createLink(dest, same);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no hard links here (or the file went): write the bytes instead
        }
    }

    /** How many files have been written so far. */
    public int fileCount() {
        return written.get();
    }

    /** Marks the folder as a Gloss site, listing its files, and swaps it in for the output. */
    public void commit() {
        finished = true;
        try {
            SiteMarker.write(staging, paths);
            SiteWriter.swap(staging, target);
        } catch (IOException e) {
            SiteWriter.deleteQuietly(staging);
            throw new BuildException(Problem.error(out.toString(), "cannot write the site: " + e), e);
        }
    }

    /** Deletes the folder unless it was committed. */
    @Override
    public void close() {
        finished = true;
        // After a commit the folder has become the output, and nothing is left at this path.
        SiteWriter.deleteQuietly(staging);
    }
}
