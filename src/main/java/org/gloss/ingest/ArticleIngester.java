package org.gloss.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gloss.Problem;

/**
 * Reads every article in {@code content/articles/}: decodes each file, converts it with the reader
 * for its type, applies its sidecar {@code NAME.yml}, and gives it a stable id. A file that cannot
 * be read is reported and skipped; the others still make the site.
 */
public final class ArticleIngester {

    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final Map<String, ArticleReader> readers = Map.of(
            "txt", new PlainTextArticleReader(),
            "html", new HtmlArticleReader(),
            "htm", new HtmlArticleReader(),
            "md", new MarkdownArticleReader(),
            "markdown", new MarkdownArticleReader());

    public IngestResult ingest(Path contentDir) {
        return ingest(contentDir, file -> read(contentDir, file));
    }

    /**
     * Reads every article file with {@code read} (which may answer from a cache), files in
     * parallel since each is independent, then gives ids in file order so they do not depend on
     * which thread finished first.
     */
    public IngestResult ingest(Path contentDir, Function<Path, ReadOutcome> read) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = articleFiles(contentDir, problems);
        List<ReadOutcome> outcomes = files.parallelStream().map(read).toList();
        List<Article> articles = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (ReadOutcome o : outcomes) {
            if (o.problem() != null) {
                problems.add(o.problem());
            } else {
                Article a = o.article();
                String id = ArticleIds.unique(a.id(), usedIds);
                articles.add(id.equals(a.id()) ? a
                        : new Article(id, a.source(), a.metadata(), a.body(), a.detected(), a.overridden()));
            }
        }
        return new IngestResult(articles, problems);
    }

    /** The article files under {@code content/articles/} in build order; sidecars are not listed. */
    public List<Path> articleFiles(Path contentDir, List<Problem> problems) {
        Path dir = contentDir.resolve("articles");
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.warning(dir.toString(), "no articles folder; the site will have no articles"));
            return List.of();
        }
        List<Path> articles = new ArrayList<>();
        for (Path file : listFiles(dir, problems)) {
            String ext = extension(file);
            if (isSidecar(file, ext)) {
                continue;
            }
            if (!readers.containsKey(ext)) {
                problems.add(Problem.warning(rel(contentDir, file), "ignored: not an article type (.txt, .html, .md)"));
                continue;
            }
            articles.add(file);
        }
        return articles;
    }

    /** Reads one article file; its id comes from the file name and is not yet made unique. */
    public ReadOutcome read(Path contentDir, Path file) {
        String rel = rel(contentDir, file);
        try {
            return ReadOutcome.of(readOne(file, rel, readers.get(extension(file)), new HashSet<>()));
        } catch (ArticleFormatException e) {
            return ReadOutcome.of(Problem.warning(rel, e.line(), e.column(), e.getMessage() + "; skipped"));
        } catch (IOException e) {
            return ReadOutcome.of(Problem.warning(rel, "cannot read: " + e.getMessage() + "; skipped"));
        }
    }

    private static String rel(Path contentDir, Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }

    /** Converts a single file, without a content folder around it (the {@code convert} command). */
    public Article convert(Path file) throws IOException, ArticleFormatException {
        ArticleReader reader = readers.get(extension(file));
        if (reader == null) {
            throw new ArticleFormatException("not an article type (.txt, .html, .md)");
        }
        return readOne(file, file.getFileName().toString(), reader, new HashSet<>());
    }

    private Article readOne(Path file, String rel, ArticleReader reader, Set<String> usedIds)
            throws IOException, ArticleFormatException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ArticleFormatException("file is " + size / (1024 * 1024) + " MB; the limit is "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096),
                java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new ArticleFormatException("empty file");
        }
        if (looksBinary(bytes)) {
            throw new ArticleFormatException("binary file, not text");
        }
        String text = TextDecoder.decode(bytes);
        ConvertedArticle converted = reader.read(text, rel);
        ArticleMetadata detected = converted.metadata();
        ArticleMetadata overrides = readSidecar(file);
        ArticleMetadata merged = detected.overriddenBy(overrides);
        String id = ArticleIds.unique(ArticleIds.fromFileName(file.getFileName().toString()), usedIds);
        return new Article(id, rel, merged, converted.body(), detected.presentFields(), overrides.presentFields());
    }

    private static ArticleMetadata readSidecar(Path file) throws IOException, ArticleFormatException {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        for (String ext : new String[] {".yml", ".yaml"}) {
            Path sidecar = file.resolveSibling(base + ext);
            if (Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
                String yaml = TextDecoder.decode(Files.readAllBytes(sidecar));
                try {
                    return FrontMatter.toMetadata(YamlDocuments.loadMapping(yaml, 0), 1);
                } catch (ArticleFormatException e) {
                    throw new ArticleFormatException("in sidecar " + sidecar.getFileName() + ": "
                            + e.getMessage(), e.line(), e.column());
                }
            }
        }
        return ArticleMetadata.EMPTY;
    }

    private static List<Path> listFiles(Path dir, List<Problem> problems) {
        Path realRoot;
        try {
            realRoot = dir.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.warning(dir.toString(), "cannot read folder: " + e.getMessage()));
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            for (Path p : s.sorted().toList()) {
                if (Files.isDirectory(p) || p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(realRoot)) {
                    problems.add(Problem.warning(dir.getParent().relativize(p).toString(),
                            "symbolic link pointing outside the content folder; not followed"));
                    continue;
                }
                files.add(p);
            }
            return files;
        } catch (IOException e) {
            problems.add(Problem.warning(dir.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private boolean isSidecar(Path file, String ext) {
        if (!ext.equals("yml") && !ext.equals("yaml")) {
            return false;
        }
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return readers.keySet().stream().anyMatch(e -> Files.exists(file.resolveSibling(base + "." + e)));
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        boolean utf16 = n >= 2 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF);
        if (utf16) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                control++;
            }
        }
        return control > n / 20;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
