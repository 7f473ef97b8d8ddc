package org.gloss.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gloss.Problem;

/**
 * Lists the files under {@code content/articles/} that may be read: regular files, and symbolic
 * links only when they resolve to a file inside the content folder. Hidden files are skipped; a
 * link leading outside, a broken link or an unreadable folder is reported and the rest listed.
 * The list is sorted by path, so it never depends on the order the file system lists in.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The files found, sorted; {@code problems} receives what could not be listed. */
    public static List<Path> list(Path contentDir, List<Problem> problems) {
        Path dir = contentDir.resolve("articles");
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.warning(dir.toString(), "no articles folder; the site will have no articles"));
            return List.of();
        }
        Path realContent;
        try {
            realContent = contentDir.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.warning(contentDir.toString(), "cannot read folder: " + e.getMessage()));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new Visitor(contentDir, dir, realContent, files, problems));
        } catch (IOException e) {
            problems.add(Problem.warning(dir.toString(), "cannot list folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    /** Collects files; never follows links into folders, checks where file links lead. */
    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path contentDir;
        private final Path root;
        private final Path realContent;
        private final List<Path> files;
        private final List<Problem> problems;

        Visitor(Path contentDir, Path root, Path realContent, List<Path> files, List<Problem> problems) {
            this.contentDir = contentDir;
            this.root = root;
            this.realContent = realContent;
            this.files = files;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return !d.equals(root) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
            if (isHidden(p)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                checkLink(p);
            } else if (attrs.isRegularFile()) {
                files.add(p);
            } else {
                problems.add(Problem.note(rel(p), "ignored: not a regular file"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path p, IOException e) {
            problems.add(Problem.warning(rel(p), "cannot read: " + e.getMessage() + "; skipped"));
            return FileVisitResult.CONTINUE;
        }

        private void checkLink(Path link) {
            Path real;
            try {
                real = link.toRealPath();
            } catch (IOException e) {
                problems.add(Problem.warning(rel(link), "broken symbolic link; skipped"));
                return;
            }
            if (!real.startsWith(realContent)) {
                problems.add(Problem.warning(rel(link),
                        "symbolic link pointing outside the content folder; not followed"));
            } else if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.note(rel(link), "ignored: symbolic link to a folder is not followed"));
            } else {
                files.add(link);
            }
        }

        private String rel(Path p) {
            return contentDir.relativize(p).toString().replace('\\', '/');
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
