package org.gloss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gloss.analyze.AcronymLinter;
import org.gloss.analyze.Analyzer;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleAnalysis;
import org.gloss.analyze.Glossary;
import org.gloss.analyze.GlossaryMatcher;
import org.gloss.analyze.GlossaryReader;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.IngestResult;
import org.gloss.ingest.ReadOutcome;
import org.gloss.ingest.SiteConfig;
import org.gloss.ingest.SiteConfigReader;
import org.gloss.publish.OutputFile;
import org.gloss.publish.SitePublisher;
import org.gloss.render.ArticlePageCache;
import org.gloss.render.Page;
import org.gloss.render.SiteRenderer;
import org.gloss.render.Theme;

/**
 * Runs ingest → analyze → render and remembers what each phase made, so that the next build
 * redoes only what a change affects: an unchanged file is not read again, an unchanged article
 * is not analysed again, and an article page is rendered again only when something it shows
 * changed ({@link PageDependencies}). What looks across articles — quotation clusters, the
 * index, the glossary and quotations pages, {@code annotations.json} — is redone every time.
 * A fresh builder is a full build. One build at a time; phases use every core inside.
 */
public final class SiteBuilder {

    private final Path contentDir;
    private final Path templatesDir;
    private ArticleIngester ingester;
    private List<FileStamp> lastFurniture;
    private final Analyzer analyzer = new Analyzer();

    private final Map<Path, CachedRead> reads = new ConcurrentHashMap<>();
    private Map<String, CachedAnalysis> analyses = new ConcurrentHashMap<>();
    private Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private Glossary lastGlossary;
    private SiteConfig lastConfig;
    private List<FileStamp> lastTemplates;
    private Theme theme;
    private Map<String, byte[]> assets;
    private final AtomicInteger filesRead = new AtomicInteger();
    private final AtomicInteger articlesAnalysed = new AtomicInteger();
    private final AtomicInteger pagesRendered = new AtomicInteger();
    private Work lastWork = new Work(0, 0, 0);

    /** How much the last build had to redo: files read, articles analysed, article pages rendered. */
    public record Work(int filesRead, int articlesAnalysed, int pagesRendered) {
    }

    public SiteBuilder(Path contentDir, Path templatesDir) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
    }

    /** What the last {@link #build} had to redo. */
    public Work lastWork() {
        return lastWork;
    }

    /** Forgets what was made from {@code file}, for changes too quick for its timestamp to show. */
    public void changed(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String base = baseName(abs);
        // A folder (or a watcher overflow reported as one) forgets everything under it.
        reads.keySet().removeIf(p -> p.startsWith(abs)
                || (p.getParent().equals(abs.getParent()) && baseName(p).equals(base)));
        Path templates = templatesDir == null ? null : templatesDir.toAbsolutePath().normalize();
        if (templates != null && (abs.startsWith(templates) || templates.startsWith(abs))) {
            theme = null;
        }
        if (abs.getFileName() != null && abs.getFileName().toString().equals("furniture.yml")) {
            ingester = null;
        }
    }

    /** Builds the site in memory, reusing whatever the last build made that is still valid. */
    public Gloss.Site build(BuildProgress progress) {
        SiteConfig config = SiteConfigReader.read(contentDir);
        Glossary glossary = GlossaryReader.read(contentDir);
        Theme currentTheme = theme();
        ingester = ingester();
        if (!glossary.equals(lastGlossary)) {
            analyses = new ConcurrentHashMap<>();
            pages = new ConcurrentHashMap<>();
        } else if (!config.equals(lastConfig)) {
            pages = new ConcurrentHashMap<>();
        }
        lastGlossary = glossary;
        lastConfig = config;

        filesRead.set(0);
        articlesAnalysed.set(0);
        pagesRendered.set(0);
        long t0 = System.nanoTime();
        IngestResult ingested = ingest(progress);
        long t1 = System.nanoTime();
        Annotations annotations = analyze(ingested.articles(), glossary, progress);
        long t2 = System.nanoTime();
        List<OutputFile> files = render(config, ingested, annotations, currentTheme, progress);
        long t3 = System.nanoTime();

        lastWork = new Work(filesRead.get(), articlesAnalysed.get(), pagesRendered.get());
        BuildTimings timings = new BuildTimings(Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                Duration.ofNanos(t3 - t2), Duration.ZERO);
        List<Problem> problems = new ArrayList<>(ingested.problems());
        problems.addAll(glossary.warnings());
        problems.addAll(new AcronymLinter().lint(ingested.articles(), annotations.texts(), glossary));
        return new Gloss.Site(ingested, annotations, files, problems, timings);
    }

    private IngestResult ingest(BuildProgress progress) {
        progress.start("ingest", -1);
        Set<Path> seen = ConcurrentHashMap.newKeySet();
        IngestResult result = ingester.ingest(contentDir, file -> {
            Path key = file.toAbsolutePath().normalize();
            seen.add(key);
            ReadOutcome o = cachedRead(key, file);
            progress.step();
            return o;
        });
        reads.keySet().retainAll(seen);
        progress.done("ingest");
        return result;
    }

    private ReadOutcome cachedRead(Path key, Path file) {
        List<FileStamp> stamps = stampsOf(key);
        CachedRead hit = reads.get(key);
        if (hit != null && hit.stamps().equals(stamps)) {
            return hit.outcome();
        }
        filesRead.incrementAndGet();
        ReadOutcome outcome = ingester.read(contentDir, file);
        reads.put(key, new CachedRead(stamps, outcome));
        return outcome;
    }

    private Annotations analyze(List<Article> articles, Glossary glossary, BuildProgress progress) {
        progress.start("analyze", articles.size());
        GlossaryMatcher matcher = new GlossaryMatcher(glossary);
        Map<String, CachedAnalysis> previous = analyses;
        Map<String, CachedAnalysis> current = new ConcurrentHashMap<>();
        List<ArticleAnalysis> perArticle = articles.parallelStream().map(a -> {
            CachedAnalysis hit = previous.get(a.id());
            ArticleAnalysis result;
            if (hit != null && hit.article().equals(a)) {
                result = hit.analysis();
            } else {
                articlesAnalysed.incrementAndGet();
                result = analyzer.analyzeArticle(a, matcher);
            }
            current.put(a.id(), new CachedAnalysis(a, result));
            progress.step();
            return result;
        }).toList();
        analyses = current;
        Annotations linked = analyzer.link(perArticle, glossary);
        progress.done("analyze");
        return linked;
    }

    private List<OutputFile> render(SiteConfig config, IngestResult ingested, Annotations annotations,
                                    Theme currentTheme, BuildProgress progress) {
        List<Article> articles = ingested.articles();
        progress.start("render", articles.size());
        PageDependencies deps = new PageDependencies(articles, annotations);
        Map<String, CachedPage> previous = pages;
        Map<String, CachedPage> current = new ConcurrentHashMap<>();
        ArticlePageCache cache = new ArticlePageCache() {
            @Override
            public Page find(Article article) {
                CachedPage hit = previous.get(article.id());
                List<Object> key = deps.of(article);
                if (hit != null && hit.key().equals(key)) {
                    current.put(article.id(), hit);
                    progress.step();
                    return hit.page();
                }
                return null;
            }

            @Override
            public void store(Article article, Page page) {
                pagesRendered.incrementAndGet();
                current.put(article.id(), new CachedPage(deps.of(article), page));
                progress.step();
            }
        };
        List<Page> rendered = new SiteRenderer(currentTheme).render(config, articles, annotations, cache);
        pages = current;
        List<OutputFile> files = SitePublisher.files(config, articles, annotations, rendered, assets);
        progress.done("render");
        return files;
    }

    /**
     * The ingester with the site's furniture patterns; when {@code furniture.yml} changes, every
     * file is read again, since any of them may convert differently.
     */
    private ArticleIngester ingester() {
        List<FileStamp> stamps = List.of(stamp(contentDir.resolve("furniture.yml").toAbsolutePath().normalize()));
        if (ingester == null || !stamps.equals(lastFurniture)) {
            ingester = ArticleIngester.forContent(contentDir);
            reads.clear();
            lastFurniture = stamps;
        }
        return ingester;
    }

    /** The theme, loaded again (and every page dropped) when a template file changed. */
    private Theme theme() {
        List<FileStamp> stamps = templateStamps();
        if (theme == null || !stamps.equals(lastTemplates)) {
            theme = Theme.load(templatesDir);
            assets = theme.assets();
            pages = new ConcurrentHashMap<>();
            lastTemplates = stamps;
        }
        return theme;
    }

    private List<FileStamp> templateStamps() {
        if (templatesDir == null || !Files.isDirectory(templatesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(templatesDir)) {
            return files.sorted().map(SiteBuilder::stamp).toList();
        } catch (IOException e) {
            return List.of(new FileStamp(templatesDir, -1, -1));
        }
    }

    /** The article file and its sidecars: a change to any of them means reading it again. */
    private static List<FileStamp> stampsOf(Path file) {
        String base = baseName(file);
        return Stream.of(file, file.resolveSibling(base + ".yml"), file.resolveSibling(base + ".yaml"))
                .map(SiteBuilder::stamp).toList();
    }

    private static FileStamp stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new FileStamp(p, a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.size());
        } catch (IOException e) {
            return new FileStamp(p, -1, -1);
        }
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** A file's modification time (ns) and size, or -1 when it does not exist. */
    private record FileStamp(Path path, long modified, long size) {
    }

    private record CachedRead(List<FileStamp> stamps, ReadOutcome outcome) {
    }

    private record CachedAnalysis(Article article, ArticleAnalysis analysis) {
    }

    private record CachedPage(List<Object> key, Page page) {
    }
}
