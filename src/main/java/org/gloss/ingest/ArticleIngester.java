package org.gloss.ingest;

import org.gloss.core.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gloss.core.Problem;

/**
 * Reads every article in {@code content/articles/}: decodes each file, converts it with the reader
 * for its type, applies its sidecar {@code NAME.yml}, and gives it a stable id. A file that cannot
 * be read is reported and skipped; the others still make the site. Files are read in parallel
 * (each is independent) through a function a caller may answer from a cache; ids are given out
 * once every file is read, so they never depend on which thread finished first.
 */
public final class ArticleIngester {

    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** What {@code gloss convert} renames a source it replaced to ({@code a.txt.orig}); never read. */
    public static final String ORIGINAL_SUFFIX = ".orig";

    /** Sidecars hold a few fields; anything this large is not one. */
    static final long MAX_SIDECAR_BYTES = 1024 * 1024;

    /** How long one file may take to convert before it is given up on. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /** An article must have at least one word of text in its body. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2}");

    private final Map<String, ArticleReader> readers;
    /** Shared by every read: its daemon threads end on their own when idle. */
    private final GuardedReader guard;
    /** The furniture patterns the readers apply, to report those given up on; null in some tests. */
    private final FurnitureRules furniture;

    /** An ingester that drops the built-in page furniture only. */
    public ArticleIngester() {
        this(FurnitureRules.builtIn());
    }

    private ArticleIngester(FurnitureRules furniture) {
        this(readers(furniture), READ_TIMEOUT, furniture);
    }

    /**
     * An ingester that also drops the site's own furniture patterns from
     * {@code content/furniture.yml}; a broken file stops the build, naming its line.
     */
    public static ArticleIngester forContent(Path contentDir) {
        Path file = contentDir.resolve("furniture.yml");
        try {
            return new ArticleIngester(FurnitureRules.forContent(contentDir));
        } catch (ArticleFormatException e) {
            throw new BuildException(Problem.error(file.toString(), e.line(), e.column(), e.getMessage()));
        } catch (IOException e) {
            throw new BuildException(Problem.error(file.toString(), "cannot read: " + e.getMessage()), e);
        }
    }

    private static Map<String, ArticleReader> readers(FurnitureRules furniture) {
        return Map.of(
                "txt", new PlainTextArticleReader(furniture),
                "html", new HtmlArticleReader(furniture),
                "htm", new HtmlArticleReader(furniture),
                "md", new MarkdownArticleReader(),
                "markdown", new MarkdownArticleReader());
    }

    /** An ingester with the given readers by lower-case extension, and a time limit per file. */
    ArticleIngester(Map<String, ArticleReader> readers, Duration timeout) {
        this(readers, timeout, null);
    }

    private ArticleIngester(Map<String, ArticleReader> readers, Duration timeout, FurnitureRules furniture) {
        this.furniture = furniture;
        this.readers = Map.copyOf(readers);
        this.guard = new GuardedReader(timeout);
    }

    /** A file read successfully, before ids are given out (they depend on all the files). */
    private record Draft(String source, String fileName, ArticleMetadata metadata, String body,
                         List<String> detected, List<String> overridden) {

        /** The article with the id it asks for: its slug, else its file name. */
        Article asArticle() {
            String slug = metadata.slug();
            String wish = slug == null ? ArticleIds.fromFileName(fileName) : ArticleIds.slug(slug);
            return new Article(wish, source, metadata, body, detected, overridden);
        }
    }

    public IngestResult ingest(Path contentDir) {
        return ingest(contentDir, file -> read(contentDir, file));
    }

    /**
     * Reads every article file with {@code read} (which may answer from a cache), in parallel,
     * then gives each article its final id; problems are reported in file order.
     */
    public IngestResult ingest(Path contentDir, Function<Path, ReadOutcome> read) {
        List<Problem> problems = new ArrayList<>(SiteFiles.problems(contentDir));
        List<Path> files = articleFiles(contentDir, problems);
        List<ReadOutcome> outcomes = files.parallelStream().map(read).toList();
        List<Article> read_ = new ArrayList<>();
        for (ReadOutcome o : outcomes) {
            problems.addAll(o.problems());
            if (o.article() != null) {
                read_.add(o.article());
            }
        }
        if (furniture != null) {
            problems.addAll(furniture.slowPatternWarnings("furniture.yml"));
        }
        List<Article> articles = withIds(read_);
        problems.addAll(sameNameWarnings(articles));
        return new IngestResult(articles, problems);
    }

    /**
     * A warning for each set of articles in one folder with one base name ({@code a.txt} and
     * {@code a.md}): usually one article in two forms, left over from converting it by hand, which
     * would otherwise be built twice (as {@code a-txt} and {@code a-md}) without a word.
     */
    static List<Problem> sameNameWarnings(List<Article> articles) {
        Map<String, List<Article>> byName = new java.util.TreeMap<>();
        for (Article a : articles) {
            String source = a.source();
            int dot = source.lastIndexOf('.');
            if (dot > source.lastIndexOf('/')) {
                byName.computeIfAbsent(source.substring(0, dot), k -> new ArrayList<>()).add(a);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (List<Article> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<Article> sorted = same.stream().sorted(java.util.Comparator.comparing(Article::source)).toList();
            String files = sorted.stream().map(a -> a.source() + " (" + a.id() + ")")
                    .collect(java.util.stream.Collectors.joining(" and "));
            problems.add(Problem.warning(sorted.get(0).source(), files + " share a name and are both built as"
                    + " articles; if they are one article, keep one: rename the other NAME.EXT" + ORIGINAL_SUFFIX
                    + " (gloss convert does this when it writes NAME.md beside its source)"));
        }
        return problems;
    }

    /** The article files under {@code content/articles/} in build order; sidecars are not listed. */
    List<Path> articleFiles(Path contentDir, List<Problem> problems) {
        List<Path> articles = new ArrayList<>();
        for (Path file : ArticleFiles.list(contentDir, problems)) {
            String ext = extension(file);
            if (isSidecar(file, ext) || ext.equals(ORIGINAL_SUFFIX.substring(1))) {
                continue; // a sidecar is read with its article; an original was replaced by its conversion
            }
            if (!readers.containsKey(ext)) {
                problems.add(Problem.note(rel(contentDir, file), "ignored: not an article type (.txt, .html, .md)"));
                continue;
            }
            articles.add(file);
        }
        return articles;
    }

    /**
     * Reads one article file and its sidecar. The article's id is the one it asks for (from its
     * slug or file name); {@link #ingest} makes ids unique across the site.
     */
    public ReadOutcome read(Path contentDir, Path file) {
        String rel = rel(contentDir, file);
        List<Problem> problems = new ArrayList<>();
        Draft d = readReported(file, rel, contentDir, readers.get(extension(file)), problems);
        return new ReadOutcome(d == null ? null : d.asArticle(), problems);
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
        List<Problem> ignored = new ArrayList<>();
        Draft d = readOne(file, file.getFileName().toString(), reader, ignored);
        ArticleMetadata overrides = readSidecar(file);
        return withIds(List.of(merge(d, overrides, file.getFileName().toString(), ignored).asArticle())).get(0);
    }

    /** Reads one file and its sidecar; every failure becomes a warning and a null. */
    private Draft readReported(Path file, String rel, Path contentDir, ArticleReader reader,
                               List<Problem> problems) {
        Draft d;
        try {
            d = readOne(file, rel, reader, problems);
        } catch (ArticleFormatException e) {
            problems.add(Problem.warning(rel, e.line(), e.column(), e.getMessage() + "; skipped"));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.warning(rel, "cannot read: " + e + "; skipped"));
            return null;
        }
        Path sidecar = sidecarOf(file);
        if (sidecar == null) {
            return merge(d, ArticleMetadata.EMPTY, rel, problems);
        }
        String sidecarRel = contentDir.relativize(sidecar).toString().replace('\\', '/');
        try {
            return merge(d, readMetadata(sidecar, sidecarRel, problems), rel, problems);
        } catch (ArticleFormatException e) {
            problems.add(Problem.warning(sidecarRel, e.line(), e.column(),
                    e.getMessage() + "; " + rel + " skipped"));
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.warning(sidecarRel, "cannot read: " + e + "; " + rel + " skipped"));
        }
        return null;
    }

    private Draft readOne(Path file, String rel, ArticleReader reader, List<Problem> problems)
            throws IOException, ArticleFormatException {
        TextDecoder.Decoded text = SourceText.read(file, MAX_FILE_BYTES);
        if (text.fellBackToCp1252()) {
            problems.add(Problem.note(rel, "not valid UTF-8; read as Windows-1252"));
        } else if (text.mixed()) {
            List<Integer> lines = text.cp1252Lines();
            problems.add(new Problem(Problem.Severity.NOTE, rel, lines.get(0), 0, "mixes UTF-8 with bytes that are not; those"
                    + " bytes (on " + (lines.size() == 1 ? "this line" : lines.size() + " lines, the first here")
                    + ") were read as Windows-1252"));
        }
        ConvertedArticle converted = guard.read(reader, text.text(), rel);
        if (converted != null) {
            problems.addAll(converted.warnings());
        }
        if (converted == null || converted.body() == null || !WORD.matcher(converted.body()).find()) {
            throw new ArticleFormatException("no article text found");
        }
        ArticleMetadata detected = converted.metadata() == null ? ArticleMetadata.EMPTY : converted.metadata();
        // A reader decodes entities (&#27;, &#xFFFE;) into characters the file did not hold as such.
        return new Draft(rel, file.getFileName().toString(), detected, PrintableText.of(converted.body()),
                detected.presentFields(), List.of());
    }

    /** Applies a sidecar's fields over what the reader detected, dropping unsafe links. */
    private static Draft merge(Draft d, ArticleMetadata overrides, String rel, List<Problem> problems) {
        ArticleMetadata merged = SafeMetadata.check(d.metadata().overriddenBy(overrides), rel, problems);
        return new Draft(d.source(), d.fileName(), merged, d.body(), d.detected(), overrides.presentFields());
    }

    /** Replaces each article's wished-for id with one unique across the site and stable across builds. */
    private static List<Article> withIds(List<Article> wished) {
        List<ArticleIds.Wish> wishes = new ArrayList<>();
        for (Article a : wished) {
            wishes.add(new ArticleIds.Wish(a.source(), a.id()));
        }
        List<String> ids = ArticleIds.assign(wishes);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < wished.size(); i++) {
            Article a = wished.get(i);
            articles.add(ids.get(i).equals(a.id()) ? a
                    : new Article(ids.get(i), a.source(), a.metadata(), a.markdown(), a.detected(), a.overridden()));
        }
        return articles;
    }

    private static ArticleMetadata readSidecar(Path file) throws IOException, ArticleFormatException {
        Path sidecar = sidecarOf(file);
        return sidecar == null ? ArticleMetadata.EMPTY : readMetadata(sidecar, sidecar.toString(), new ArrayList<>());
    }

    /** A sidecar's fields; a warning in {@code problems} for each key it does not know. */
    private static ArticleMetadata readMetadata(Path sidecar, String rel, List<Problem> problems)
            throws IOException, ArticleFormatException {
        String yaml = SourceText.readYaml(sidecar, MAX_SIDECAR_BYTES);
        FrontMatter.Checked checked = FrontMatter.readChecked(yaml, 0, false, rel, sidecar.getFileName().toString());
        problems.addAll(checked.warnings());
        return checked.metadata();
    }

    /** {@code NAME.yml} or {@code NAME.yaml} beside {@code NAME.ext}, when it is a plain file. */
    private static Path sidecarOf(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        for (String ext : new String[] {".yml", ".yaml"}) {
            Path sidecar = file.resolveSibling(base + ext);
            if (Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
                return sidecar;
            }
        }
        return null;
    }

    private boolean isSidecar(Path file, String ext) {
        if (!ext.equals("yml") && !ext.equals("yaml")) {
            return false;
        }
        String name = file.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return readers.keySet().stream().anyMatch(e -> Files.exists(file.resolveSibling(base + "." + e)));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
