package org.gloss.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gloss.BuildException;
import org.gloss.Problem;

/**
 * Writes a built site as a zip whose entries sit under one folder, so it unzips into a single
 * directory that opens from the file system. Entries are sorted and carry a fixed timestamp, so
 * the same site always gives the same bytes. The zip is written beside the target and moved into
 * place when complete, so a failure never leaves half an archive.
 */
public final class ArchiveWriter {

    /** 1980-01-01, the earliest time a zip entry can hold: a fixed stamp keeps archives reproducible. */
    private static final FileTime STAMP = FileTime.fromMillis(315_532_800_000L);

    private ArchiveWriter() {
    }

    public static void write(Path zip, String folder, List<OutputFile> files) {
        Path target = zip.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
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

    static void write(OutputStream out, String folder, List<OutputFile> files) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (OutputFile f : files.stream().sorted(Comparator.comparing(OutputFile::path)).toList()) {
                // Same rule as the site writer: nothing may land outside the folder when unzipped.
                SiteWriter.resolveInside(Path.of("/archive"), f.path());
                ZipEntry e = new ZipEntry(folder + "/" + f.path());
                e.setLastModifiedTime(STAMP);
                zip.putNextEntry(e);
                zip.write(f.content());
                zip.closeEntry();
            }
        }
    }
}
