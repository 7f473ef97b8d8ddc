package org.gloss.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gloss.core.Problem;

/**
 * Lists the files under {@code content/articles/} that may be read: regular files, and symbolic
 * links only when they resolve to a file inside the content folder ({@link InputFolder}, the guard
 * every input shares). Hidden files are skipped; a link leading outside, a broken link or an
 * unreadable folder is reported and the rest listed.
 * The list is sorted by path, so it never depends on the order the file system lists in.
 */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The files found, sorted; {@code problems} receives what could not be listed. */
    static List<Path> list(Path contentDir, List<Problem> problems) {
        Path dir = contentDir.resolve("articles");
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.warning(dir.toString(), "no articles folder; the site will have no articles"));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new Visitor(contentDir, dir, InputFolder.content(contentDir), files, problems));
        } catch (IOException e) {
            problems.add(Problem.warning(dir.toString(), "cannot list folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    /** Collects files; never follows links into folders, and asks the content folder's guard about each file. */
    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path contentDir;
        private final Path root;
        private final InputFolder guard;
        private final List<Path> files;
        private final List<Problem> problems;

        Visitor(Path contentDir, Path root, InputFolder guard, List<Path> files, List<Problem> problems) {
            this.contentDir = contentDir;
            this.root = root;
            this.guard = guard;
            this.files = files;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return !d.equals(root) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
            if (!isHidden(p)) {
                guard.readable(p, problems).ifPresent(files::add);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path p, IOException e) {
            problems.add(Problem.warning(contentDir.relativize(p).toString().replace('\\', '/'),
                    "cannot read: " + e.getMessage() + "; skipped"));
            return FileVisitResult.CONTINUE;
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
