package org.gloss.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteSink;

/**
 * A {@link SiteSink} that keeps every file in memory, for callers that need the whole site at
 * once: the preview server, the archive, tests. Files arrive in whatever order the threads finish,
 * so {@link #files} sorts them by path to stay the same from build to build.
 */
public final class FileCollector implements SiteSink {

    private final List<OutputFile> files = new ArrayList<>();

    /** Keeps {@code file}, a streamed one as its bytes made once (its body may hold a whole build). */
    @Override
    public void accept(OutputFile file) {
        OutputFile whole = file.whole();
        synchronized (this) {
            files.add(whole);
        }
    }

    /** Every file received, sorted by path. */
    public synchronized List<OutputFile> files() {
        return files.stream().sorted(Comparator.comparing(OutputFile::path)).toList();
    }
}
