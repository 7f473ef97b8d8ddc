package org.gloss.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.BuildException;
import org.gloss.Problem;

/**
 * Keeps an output folder equal to the latest build by writing only the files that changed and
 * deleting the ones that went away — what a preview needs after an edit, where rewriting
 * thousands of files would cost more than the rebuild. (A full {@code build} uses
 * {@link SiteWriter}'s atomic swap instead.) Paths are checked as {@link SiteWriter} does.
 */
public final class SiteSync {

    private final Path out;
    private Map<String, byte[]> written = Map.of();

    public SiteSync(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Writes the whole site once (atomically), as {@code build} would. */
    public void writeAll(List<OutputFile> files) {
        SiteWriter.write(out, files);
        written = index(files);
    }

    /** Brings the output folder up to {@code files}; returns how many files were written or deleted. */
    public int update(List<OutputFile> files) {
        Map<String, byte[]> next = index(files);
        int touched = 0;
        try {
            for (OutputFile f : files) {
                if (!Arrays.equals(written.get(f.path()), f.content())) {
                    Path dest = SiteWriter.resolveInside(out, f.path());
                    Files.createDirectories(dest.getParent());
                    Files.write(dest, f.content());
                    touched++;
                }
            }
            for (String gone : written.keySet()) {
                if (!next.containsKey(gone)) {
                    Files.deleteIfExists(SiteWriter.resolveInside(out, gone));
                    touched++;
                }
            }
        } catch (IOException e) {
            throw new BuildException(Problem.error(out.toString(), "cannot update the site: " + e.getMessage()), e);
        }
        written = next;
        return touched;
    }

    private static Map<String, byte[]> index(List<OutputFile> files) {
        Map<String, byte[]> m = new HashMap<>();
        files.forEach(f -> m.put(f.path(), f.content()));
        return m;
    }
}
