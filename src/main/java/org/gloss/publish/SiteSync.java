package org.gloss.publish;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.core.BuildException;
import org.gloss.core.OutputFile;

/**
 * Keeps an output folder equal to the latest build, writing only the files that changed — what
 * a preview needs after an edit, where rewriting thousands of files would cost more than the
 * rebuild — yet moving from one whole version to the next as {@code build} does: each update is
 * a staging folder of hard links and new files swapped in at once, so a preview killed (or a
 * disk filling up) mid-update leaves the previous version whole, never a mix or a 0-byte page.
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

    /**
     * Brings the output folder up to {@code files} as {@code build} does, by swapping in a whole
     * new folder, but one where each file that did not change is a hard link to the one already
     * there, so only what changed is written. Returns how many files were written or deleted.
     *
     * @throws BuildException when the update cannot be made; the folder is then as it was
     */
    public int update(List<OutputFile> files) {
        Map<String, byte[]> next = index(files);
        long made = files.stream().filter(f -> !Arrays.equals(written.get(f.path()), f.content())).count();
        long gone = written.keySet().stream().filter(path -> !next.containsKey(path)).count();
        if (made + gone == 0) {
            return 0; // nothing to swap: a new folder would only wake the watcher beside it
        }
        try (StagingFolder staging = StagingFolder.open(out)) {
            for (OutputFile f : files) {
                if (Arrays.equals(written.get(f.path()), f.content())) {
                    staging.carryOver(f, SiteWriter.resolveInside(out, f.path()));
                } else {
                    staging.accept(f);
                }
            }
            staging.commit();
        }
        written = next;
        return (int) (made + gone);
    }

    private static Map<String, byte[]> index(List<OutputFile> files) {
        Map<String, byte[]> m = new HashMap<>();
        files.forEach(f -> m.put(f.path(), f.content()));
        return m;
    }
}
