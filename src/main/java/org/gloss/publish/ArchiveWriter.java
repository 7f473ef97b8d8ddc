package org.gloss.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.gloss.core.BuildException;
import org.gloss.core.OutputFile;
import org.gloss.core.Problem;

/**
 * Writes a built site as a zip whose entries sit under one folder, so it unzips into a single
 * directory that opens from the file system. Entries are sorted and carry a fixed timestamp, so
 * the same site always gives the same bytes. Every entry has the Unix mode 0644, and the zip
 * itself the mode any new file gets (not 0600), so what it holds can be shared and served. The zip is written beside the target and moved into
 * place when complete, so a failure never leaves half an archive.
 */
public final class ArchiveWriter {

    /** 1980-01-01, the earliest time a zip entry can hold: a fixed stamp keeps archives reproducible. */
    private static final FileTime STAMP = FileTime.fromMillis(315_532_800_000L);
    /** The zip comment that marks an archive as Gloss's, and so safe to replace. */
    private static final String COMMENT = "Gloss offline reader";

    private ArchiveWriter() {
    }

    /**
     * The folder inside the zip: the zip's own name without {@code .zip}, or {@code site} when
     * that is no plain folder name ({@code ...zip} would make {@code ../} entries).
     */
    public static String folderFor(Path zip) {
        Path fileName = zip.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return isPlainName(base) ? base : "site";
    }

    /**
     * Writes {@code files} as {@code zip}, under {@code folder}. An existing file is replaced only
     * when it is an archive Gloss wrote (its comment says so), so a mistyped {@code --out} never
     * turns a user's file into a zip.
     */
    public static void write(Path zip, String folder, List<OutputFile> files) {
        Path target = zip.toAbsolutePath().normalize();
        if (!isPlainName(folder)) {
            throw new BuildException(Problem.error(zip.toString(),
                    "'" + folder + "' cannot be the archive's folder: it would unzip outside it"));
        }
        checkReplaceable(zip, target);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            // Not createTempFile, whose file is 0600 whatever the umask: the archive is to be
            // shared, so it gets the mode any new file gets here (0644 under the usual umask).
            tmp = target.resolveSibling("." + target.getFileName() + "-" + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(new SecureRandom().nextLong(), 36) + ".part");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(out, folder, files);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new BuildException(Problem.error(zip.toString(), "cannot write the archive: " + e.getMessage()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A leftover .part file is harmless and plainly named.
                }
            }
        }
    }

    private static void checkReplaceable(Path zip, Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean ours;
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            ours = false;
        } else {
            try (ZipFile existing = new ZipFile(target.toFile())) {
                ours = COMMENT.equals(existing.getComment());
            } catch (IOException e) {
                ours = false; // not a zip at all
            }
        }
        if (!ours) {
            throw new BuildException(Problem.error(zip.toString(), "refusing to write here: it exists and is not an "
                    + "archive Gloss wrote, so it is left as it is; choose another --out, or move it away yourself"));
        }
    }

    /** One path segment, not {@code .} or {@code ..}: what a folder in the zip may be called. */
    private static boolean isPlainName(String name) {
        return !name.isBlank() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf(':') < 0;
    }

    static void write(OutputStream out, String folder, List<OutputFile> files) throws IOException {
        UnixModeZipStream modes = new UnixModeZipStream(out);
        try (ZipOutputStream zip = new ZipOutputStream(modes)) {
            zip.setComment(COMMENT);
            for (OutputFile f : files.stream().sorted(Comparator.comparing(OutputFile::path)).toList()) {
                // Same rule as the site writer: nothing may land outside the folder when unzipped.
                SiteWriter.resolveInside(Path.of("/archive"), f.path());
                ZipEntry e = new ZipEntry(folder + "/" + f.path());
                e.setLastModifiedTime(STAMP);
                zip.putNextEntry(e);
                f.writeTo(zip);
                zip.closeEntry();
            }
            modes.centralDirectoryFollows();
        }
    }
}
