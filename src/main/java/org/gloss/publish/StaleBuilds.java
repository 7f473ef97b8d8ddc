package org.gloss.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Names the folders a build keeps beside its output ({@code .site-building-PID-…} while writing,
 * {@code .site-old-PID} while swapping) and tidies up after builds that were killed: their
 * half-written folders are deleted, and a previous site that a build had moved aside when it died
 * is put back. Folders of builds still running are left alone.
 */
final class StaleBuilds {

    private StaleBuilds() {
    }

    static String stagingPrefix(Path target) {
        return buildingPrefix(target) + ProcessHandle.current().pid() + "-";
    }

    static Path oldSitePath(Path target) {
        return target.resolveSibling(oldPrefix(target) + ProcessHandle.current().pid());
    }

    /** Deletes dead builds' staging folders, and restores a previous site a dead build moved aside. */
    static void cleanUp(Path target) throws IOException {
        for (Path p : leftovers(target)) {
            String name = p.getFileName().toString();
            if (name.startsWith(oldPrefix(target)) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(p, target);
            } else {
                SiteWriter.deleteQuietly(p);
            }
        }
    }

    /** Folders beside {@code target} left by builds whose process is gone. */
    private static List<Path> leftovers(Path target) throws IOException {
        List<Path> found = new ArrayList<>();
        String mine = "." + target.getFileName() + "-";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(mine))) {
            for (Path p : s) {
                OptionalLong pid = pidOf(target, p.getFileName().toString());
                if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (pid.isPresent() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(p);
                }
            }
        }
        found.sort(null);
        return found;
    }

    private static OptionalLong pidOf(Path target, String name) {
        String rest;
        if (name.startsWith(buildingPrefix(target))) {
            rest = name.substring(buildingPrefix(target).length());
            int dash = rest.indexOf('-');
            rest = dash < 0 ? "" : rest.substring(0, dash);
        } else if (name.startsWith(oldPrefix(target))) {
            rest = name.substring(oldPrefix(target).length());
        } else {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(rest));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String buildingPrefix(Path target) {
        return "." + target.getFileName() + "-building-";
    }

    private static String oldPrefix(Path target) {
        return "." + target.getFileName() + "-old-";
    }
}
