package org.gloss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Analyzer;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.ArticleAnalysis;
import org.gloss.analyze.IncrementalLinker;
import org.gloss.analyze.SiteAnalysis;
import org.gloss.core.BuildProgress;
import org.gloss.core.BuildTimings;
import org.gloss.core.Problem;
import org.gloss.core.TimeLimit;
import org.gloss.features.Feature;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.IngestResult;
import org.gloss.ingest.ReadOutcome;
import org.gloss.ingest.SiteConfig;
import org.gloss.ingest.SiteConfigReader;
import org.gloss.publish.FileCache;
import org.gloss.publish.FileCollector;
import org.gloss.publish.OutputFile;
import org.gloss.publish.SitePublisher;
import org.gloss.publish.SiteSink;
import org.gloss.render.BodyGuard;
import org.gloss.render.JsonSection;
import org.gloss.render.PageParts;
import org.gloss.render.PageSink;
import org.gloss.render.PartCache;
import org.gloss.render.SiteRenderer;
import org.gloss.render.Theme;
import org.jsoup.nodes.Entities;

/**
 * Runs ingest → analyze → render and remembers what each phase made, so that the next build
 * redoes only what a change affects: an unchanged file is not read again, an unchanged article
 * is not analysed again, and an article page is rendered again only when something it shows
 * changed ({@link PageDependencies}); likewise the pages and files about the whole site (index,
 * glossary, quotations, search index, {@code annotations.json}) and each Markdown copy are made
 * again only when what they show changed, and of the search index, {@code annotations.json} and
 * the quotations page only the parts about changed articles ({@link PartCache}). Linking across articles keeps its indexes and
 * comparisons ({@link IncrementalLinker}), so only a changed article's quotations are compared. Files
 * go to a {@link SiteSink} as they are made. A {@link #oneOff} builder keeps nothing between
 * builds, so a plain {@code build} holds no more than it needs. One build at a time; phases use
 * every core inside.
 */
public final class SiteBuilder {

    private final Path contentDir;
    private final Path templatesDir;
    private final boolean incremental;
    private final FileCache files;
    private final PartCache parts;
    private ArticleIngester ingester;
    private List<FileStamp> lastFurniture;
    /** The features every build runs, in order. */
    private final List<Feature> features = Features.all();
    /** The features' analysis steps as the last build configured them, and the analyzer running them. */
    private List<AnalysisStep<?, ?>> lastSteps;
    private Analyzer analyzer;
    /**
     * The time one article's analysis, and then its page's body, may take: the same limit as
     * reading it. An article over it is reported naming its file and left out (analysis) or
     * shown with a notice (render), and the work is stopped.
     */
    private final TimeLimit articleLimit;
    /** Keeps the link's indexes and comparisons between builds; null for a one-off builder. */
    private IncrementalLinker linker;

    private final Map<Path, CachedRead> reads = new ConcurrentHashMap<>();
    private Map<String, CachedAnalysis> analyses = new ConcurrentHashMap<>();
    private SiteConfig lastConfig;
    private List<FileStamp> lastTemplates;
    private Theme theme;
    private Map<String, byte[]> assets;
    private final AtomicInteger filesRead = new AtomicInteger();
    private final AtomicInteger articlesAnalysed = new AtomicInteger();
    private final AtomicInteger pagesRendered = new AtomicInteger();
    private Work lastWork = new Work(0, 0, 0, List.of());
    /** The edit a {@link #rehearse} build makes in memory; null otherwise. */
    private Rehearsal rehearsal;

    /**
     * How much the last build had to redo: files read, articles analysed, article pages rendered,
     * and the output files made rather than reused (sorted paths; empty for a one-off builder).
     */
    public record Work(int filesRead, int articlesAnalysed, int pagesRendered, List<String> filesMade) {
        public Work {
            filesMade = List.copyOf(filesMade);
        }
    }

    /** What one build made, apart from its files (which went to the sink). */
    public record Outcome(IngestResult ingested, Annotations annotations, List<Problem> problems,
                          BuildTimings timings) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /** A builder that remembers what each build made, for the next one (what {@code serve} uses). */
    public SiteBuilder(Path contentDir, Path templatesDir) {
        this(contentDir, templatesDir, true);
    }

    private SiteBuilder(Path contentDir, Path templatesDir, boolean incremental) {
        this(contentDir, templatesDir, incremental, ArticleIngester.READ_TIMEOUT);
    }

    /** A builder whose article analysis and page bodies each have {@code articleLimit}. */
    SiteBuilder(Path contentDir, Path templatesDir, boolean incremental, Duration articleLimit) {
        this.articleLimit = new TimeLimit(articleLimit, "gloss-article");
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
        this.incremental = incremental;
        this.files = incremental ? FileCache.keeping() : FileCache.disabled();
        this.parts = incremental ? PartCache.keeping() : PartCache.disabled();
    }

    /** A builder for one build: it keeps no file, analysis or page for a next build. */
    public static SiteBuilder oneOff(Path contentDir, Path templatesDir) {
        return new SiteBuilder(contentDir, templatesDir, false);
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

    /**
     * Builds as if {@code file}'s article body were {@code edit} of what the file holds, without
     * touching the file, and drops what it made; the next build reads the file as it is again.
     * What {@code serve} runs before the writer's first save, so that the code a save runs is
     * already compiled: the first saves of a session took 0.4–0.7 s instead of 0.2 s.
     */
    public void rehearse(Path file, UnaryOperator<String> edit) {
        Path key = file.toAbsolutePath().normalize();
        changed(key);
        rehearsal = new Rehearsal(key, edit);
        try {
            build(BuildProgress.SILENT, dropped -> {
            });
        } finally {
            rehearsal = null;
            changed(key);
        }
    }

    /** Builds the site in memory, reusing whatever the last build made that is still valid. */
    public Gloss.Site build(BuildProgress progress) {
        return build(progress, Preview.NONE);
    }

    /**
     * What a live preview hears while a build goes, so that it can show an edit before the whole
     * site is made: each time, the files made so far (sorted by path), which always include the
     * stylesheets and scripts pages load.
     */
    public interface Preview {

        Preview NONE = new Preview() {
        };

        /** Every article page is made; the pages about the whole site are not. */
        default void articlePagesMade(List<OutputFile> soFar) {
        }

        /** Every page is made; the files no page loads (Markdown copies, data, feed) are not. */
        default void pagesMade(List<OutputFile> soFar) {
        }
    }

    /** {@link #build(BuildProgress)}, telling {@code preview} as each group of pages is made. */
    public Gloss.Site build(BuildProgress progress, Preview preview) {
        FileCollector collected = new FileCollector();
        Outcome o = build(progress, collected, () -> preview.articlePagesMade(collected.files()),
                () -> preview.pagesMade(collected.files()));
        return new Gloss.Site(o.ingested(), o.annotations(), collected.files(), o.problems(), o.timings());
    }

    /** Builds the site, handing every file to {@code sink} as it is made. */
    public Outcome build(BuildProgress progress, SiteSink sink) {
        return build(progress, sink, () -> {
        }, () -> {
        });
    }

    private Outcome build(BuildProgress progress, SiteSink sink, Runnable articlePagesMade, Runnable pagesMade) {
        Theme currentTheme = theme();
        SiteAnalysis analysis = analyzeSite(progress);
        long t2 = System.nanoTime();
        List<Problem> renderProblems = render(analysis.config(), analysis.ingested(), analysis.annotations(),
                currentTheme, progress, sink, articlePagesMade, pagesMade);
        long t3 = System.nanoTime();

        lastWork = new Work(filesRead.get(), articlesAnalysed.get(), pagesRendered.get(), files.made());
        BuildTimings timings = new BuildTimings(analysis.ingestTime(), analysis.analyzeTime(),
                Duration.ofNanos(t3 - t2), Duration.ZERO);
        List<Problem> problems = new ArrayList<>(currentTheme.problems());
        problems.addAll(analysis.problems());
        problems.addAll(renderProblems);
        return new Outcome(analysis.ingested(), analysis.annotations(), problems, timings);
    }

    /**
     * The phases every command starts with: the site's settings and glossary, ingest (files →
     * articles), and analyze (each article's quotations and terms, then the links between
     * articles). {@code build} and {@code serve} render what this returns into the site; the
     * packet and the content check use it as it is.
     */
    public SiteAnalysis analyzeSite(BuildProgress progress) {
        List<Problem> settingsWarnings = new ArrayList<>();
        SiteConfig config = SiteConfigReader.read(contentDir, settingsWarnings);
        List<AnalysisStep<?, ?>> steps = features.stream()
                .<AnalysisStep<?, ?>>map(f -> f.analysis(contentDir, settingsWarnings)).toList();
        ingester = ingester();
        if (!steps.equals(lastSteps)) {
            // A feature's settings changed (a new glossary): every article may be found different.
            analyses = new ConcurrentHashMap<>();
            forgetOutput();
            analyzer = new Analyzer(steps);
            linker = incremental ? new IncrementalLinker(steps) : null;
        } else if (!config.equals(lastConfig)) {
            forgetOutput();
        }
        lastSteps = steps;
        lastConfig = config;

        filesRead.set(0);
        articlesAnalysed.set(0);
        pagesRendered.set(0);
        long t0 = System.nanoTime();
        IngestResult read = ingest(progress);
        long t1 = System.nanoTime();
        Analysed analysed = analyze(read.articles(), progress);
        IngestResult ingested = analysed.skipped().isEmpty() ? read : withoutSkipped(read, analysed);
        long t2 = System.nanoTime();
        List<Problem> problems = new ArrayList<>(ingested.problems());
        problems.addAll(settingsWarnings);
        problems.addAll(analysed.lint());
        return new SiteAnalysis(config, ingested, analysed.annotations(), problems, analysed.lint(),
                Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1));
    }

    /** The articles read, less those whose analysis was given up on, with a warning for each. */
    private static IngestResult withoutSkipped(IngestResult read, Analysed analysed) {
        Set<String> skipped = analysed.skipped().stream().map(Problem::file).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(analysed.skipped());
        return new IngestResult(read.articles().stream().filter(a -> !skipped.contains(a.source())).toList(), problems);
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
        if (rehearsal != null && rehearsal.file().equals(key)) {
            // Never cached: the file does not say this.
            return rehearsal.apply(ingester.read(contentDir, file));
        }
        List<FileStamp> stamps = incremental ? stampsOf(key) : List.of();
        CachedRead hit = reads.get(key);
        if (hit != null && hit.stamps().equals(stamps)) {
            return hit.outcome();
        }
        filesRead.incrementAndGet();
        ReadOutcome outcome = ingester.read(contentDir, file);
        if (incremental) {
            reads.put(key, new CachedRead(stamps, outcome));
        }
        return outcome;
    }

    private Analysed analyze(List<Article> articles, BuildProgress progress) {
        progress.start("analyze", articles.size());
        Map<String, CachedAnalysis> previous = analyses;
        Map<String, CachedAnalysis> current = new ConcurrentHashMap<>();
        List<CachedAnalysis> perArticle = articles.parallelStream().map(a -> {
            CachedAnalysis hit = previous.get(a.id());
            CachedAnalysis result;
            if (hit != null && hit.article().equals(a)) {
                result = hit;
            } else {
                articlesAnalysed.incrementAndGet();
                result = analyzeWithinLimit(a);
            }
            if (incremental) {
                current.put(a.id(), result);
            }
            progress.step();
            return result;
        }).toList();
        analyses = current;
        List<ArticleAnalysis> analysed = perArticle.stream().map(CachedAnalysis::analysis)
                .filter(Objects::nonNull).toList();
        Annotations linked = linker != null ? linker.link(analysed) : analyzer.link(analysed);
        progress.done("analyze");
        return new Analysed(linked, perArticle.stream().filter(c -> c.analysis() != null)
                .flatMap(c -> c.lint().stream()).toList(),
                perArticle.stream().filter(c -> c.analysis() == null).flatMap(c -> c.lint().stream()).toList());
    }

    /**
     * One article's analysis and the features' advice on it, within the article time limit; past
     * it, or on an unforeseen failure, an analysis of null with the warning that skips the article.
     */
    private CachedAnalysis analyzeWithinLimit(Article a) {
        try {
            return articleLimit.runHere(() -> {
                ArticleAnalysis analysis = analyzer.analyzeArticle(a);
                return new CachedAnalysis(a, analysis, analysis.advice());
            });
        } catch (TimeLimit.Exceeded e) {
            return new CachedAnalysis(a, null, List.of(Problem.warning(a.source(), e.describe("analysing") + "; skipped")));
        }
    }

    /** Renders every page into {@code sink}; returns the warnings about article bodies given up on. */
    private List<Problem> render(SiteConfig config, IngestResult ingested, Annotations annotations,
                                 Theme currentTheme, BuildProgress progress, SiteSink sink,
                                 Runnable articlePagesMade, Runnable pagesMade) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<Article> articles = ingested.articles();
        progress.start("render", articles.size());
        files.startBuild();
        PageDependencies deps = new PageDependencies(articles, annotations, features);
        PageSink pages = (path, article, make) -> {
            Supplier<Object> key = () -> article == null ? deps.ofSitePage(path) : deps.of(article);
            sink.accept(files.get(path, key, () -> {
                if (article != null) {
                    pagesRendered.incrementAndGet();
                }
                return new OutputFile(path, make.get().content());
            }));
            if (article != null) {
                progress.step();
            }
        };
        // Assets first: every page loads them, so a preview showing the first pages needs them.
        SitePublisher.publishAssets(assets, sink);
        List<PageParts.Maker> pageParts = features.stream().<PageParts.Maker>map(f -> f::pageParts).toList();
        List<String> pagePaths = new SiteRenderer(currentTheme, pageParts, parts, bodyGuard(problems))
                .render(config, articles, annotations, pages, articlePagesMade);
        pagesMade.run();
        List<JsonSection> sections = features.stream().map(f -> f.jsonSection(articles, annotations)).toList();
        SitePublisher.publishData(config, articles, sections, pagePaths, files, parts, sink);
        files.finishBuild();
        parts.finishBuild();
        progress.done("render");
        return problems.stream().sorted(Comparator.comparing(Problem::file)).toList();
    }

    /**
     * Makes each article body within the article time limit; past it, the page says its text
     * could not be shown (its Markdown copy is still published) and the build warns, naming the file.
     */
    private BodyGuard bodyGuard(List<Problem> problems) {
        return (article, body) -> {
            try {
                return articleLimit.runHere(body::get);
            } catch (TimeLimit.Exceeded e) {
                String why = e.describe("rendering");
                problems.add(Problem.warning(article.source(), why + "; its page shows a notice instead of the text"));
                return "<p class=\"not-rendered\">This article's text could not be shown: "
                        + Entities.escape(why) + ".</p>";
            }
        };
    }

    /** Forgets every output file and part, for changes no key covers (glossary, site settings, theme). */
    private void forgetOutput() {
        files.clear();
        parts.clear();
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
            forgetOutput();
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
        return List.of(stamp(file), sidecarStamp(file.resolveSibling(base + ".yml")),
                sidecarStamp(file.resolveSibling(base + ".yaml")));
    }

    /**
     * A sidecar's stamp. Most articles have none, and NIO reports a missing file with an exception
     * whose stack trace cost more than the stat itself: two per article on every rebuild. The
     * {@code java.io.File} check says "absent" without one.
     */
    private static FileStamp sidecarStamp(Path p) {
        return p.toFile().exists() ? stamp(p) : new FileStamp(p, -1, -1);
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

    /** An article file read with its body edited in memory. */
    private record Rehearsal(Path file, UnaryOperator<String> edit) {

        ReadOutcome apply(ReadOutcome read) {
            Article a = read.article();
            return a == null ? read : new ReadOutcome(new Article(a.id(), a.source(), a.metadata(),
                    edit.apply(a.body()), a.detected(), a.overridden()), read.problems());
        }
    }

    /** An article's analysis and the features' advice on it; a null analysis, with the warning why, when it was skipped. */
    private record CachedAnalysis(Article article, ArticleAnalysis analysis, List<Problem> lint) {
    }

    /** The linked annotations, the acronym warnings in article order, and the articles skipped. */
    private record Analysed(Annotations annotations, List<Problem> lint, List<Problem> skipped) {
    }
}
