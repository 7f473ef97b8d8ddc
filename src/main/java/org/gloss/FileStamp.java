package org.gloss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/** A file's modification time (ns) and size, or -1 when it does not exist: what says a file changed. */
record FileStamp(Path path, long modified, long size) {

    static FileStamp of(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new FileStamp(p, a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.size());
        } catch (IOException e) {
            return absent(p);
        }
    }

    /**
     * The stamp of a file that is usually absent (a sidecar). NIO reports a missing file with an
     * exception whose stack trace cost more than the stat itself: two per article on every
     * rebuild. The {@code java.io.File} check says "absent" without one.
     */
    static FileStamp ofOptional(Path p) {
        return p.toFile().exists() ? of(p) : absent(p);
    }

    static FileStamp absent(Path p) {
        return new FileStamp(p, -1, -1);
    }
}
