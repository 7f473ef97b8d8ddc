package org.gloss.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code .gloss-site} file: it marks a folder as a site Gloss built and lists every file Gloss
 * wrote there, so that a build replaces the folder only while it holds nothing else. A file (or
 * folder) someone added to a built site is never deleted: the build refuses, naming it.
 */
final class SiteMarker {

    static final String NAME = ".gloss-site";
    private static final String HEADER = "# gloss-site 2: the files Gloss wrote here, one a line. A build replaces "
            + "this folder only while it holds nothing else.\n";

    private SiteMarker() {
    }

    /** Writes the marker into {@code dir}, listing {@code paths} (relative, {@code /}-separated). */
    static void write(Path dir, Collection<String> paths) throws IOException {
        StringBuilder b = new StringBuilder(HEADER);
        for (String p : new TreeSet<>(paths)) {
            b.append(escape(p)).append('\n');
        }
        Files.writeString(dir.resolve(NAME), b, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /**
     * What in {@code dir} (which holds a marker) the marker does not list, as a path relative to
     * it (a folder ends in {@code /}); empty when everything there is Gloss's.
     */
    static Optional<String> firstUnlisted(Path dir) throws IOException {
        String text = Files.readString(dir.resolve(NAME), StandardCharsets.UTF_8);
        Set<String> files = new HashSet<>();
        Set<String> folders = new HashSet<>();
        if (text.startsWith(HEADER)) {
            for (String line : text.substring(HEADER.length()).split("\n")) {
                if (!line.isEmpty()) {
                    String p = unescape(line);
                    files.add(p);
                    for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
                        folders.add(p.substring(0, slash));
                    }
                }
            }
        }
        // A marker without the list (an earlier Gloss's) vouches for nothing but itself.
        String[] found = new String[1];
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (d.equals(dir) || folders.contains(rel(dir, d))) {
                    return FileVisitResult.CONTINUE;
                }
                found[0] = rel(dir, d) + "/";
                return FileVisitResult.TERMINATE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String r = rel(dir, f);
                if (r.equals(NAME) || files.contains(r)) {
                    return FileVisitResult.CONTINUE;
                }
                found[0] = r;
                return FileVisitResult.TERMINATE;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** Whether the marker in {@code dir} predates the list (so names no file at all). */
    static boolean isUnlisted(Path dir) throws IOException {
        return !Files.readString(dir.resolve(NAME), StandardCharsets.UTF_8).startsWith(HEADER);
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** One path a line: a line break in a theme file's name must not split it. */
    private static String escape(String p) {
        return p.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String p) {
        return p.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }
}
