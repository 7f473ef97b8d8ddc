package org.gloss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.IncrementalLinker;
import org.gloss.analyze.SiteAnalysis;
import org.gloss.core.BuildProgress;
import org.gloss.core.BuildTimings;
import org.gloss.core.OutputFile;
import org.gloss.core.Problem;
import org.gloss.core.SiteSink;
import org.gloss.core.TimeLimit;
import org.gloss.features.Feature;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.IngestResult;
import org.gloss.ingest.SiteConfig;
import org.gloss.ingest.SiteConfigReader;
import org.gloss.publish.FileCache;
import org.gloss.publish.FileCollector;
import org.gloss.publish.PublishedSite;
import org.gloss.publish.SitePublisher;
import org.gloss.render.BodyGuard;
import org.gloss.render.PageParts;
import org.gloss.render.PageSink;
import org.gloss.render.PartCache;
import org.gloss.render.SiteRenderer;
import org.gloss.render.Theme;
import org.jsoup.nodes.Entities;

/**
 * The pipeline every command runs: settings, ingest, analyze ({@link #analyzeSite}, where
 * {@code packet} and {@code check} stop), then render and publish the site's outputs
 * ({@link #build}). It remembers what each phase made, so that the next build redoes only what a
 * change affects: an unchanged file is not read again ({@link ArticleReads}), an unchanged article
 * is not analysed again and the link compares only a changed article's share
 * ({@link ArticleAnalyses}), and a page or file is made again only when what it shows changed
 * ({@link PageDependencies}, {@link FileCache}), of the search index, {@code annotations.json} and
 * the quotations page only the parts about changed articles ({@link PartCache}). Files go to a
 * {@link SiteSink} as they are made. A {@link #oneOff} builder keeps nothing between builds, so a
 * plain {@code build} holds no more than it needs. One build at a time; phases use every core inside.
 */
public final class SiteBuilder {

    private final Path contentDir;
    private final Path templatesDir;
    /** The features every build runs, in order. */
    private final List<Feature> features = Features.all();
    /** The ingest phase, with the files it read (kept only by an incremental builder). */
    private final ArticleReads reads;
    /** The analyze phase, with each article's analysis and the link's indexes (likewise). */
    private final ArticleAnalyses analyses;
    /** Output files and parts of files kept between builds, by what they show. */
    private final FileCache files;
    private final PartCache parts;
    /**
     * The time one article's analysis, and then its page's body, may take: the same limit as
     * reading it. An article over it is reported naming its file and left out (analysis) or
     * shown with a notice (render), and the work is stopped.
     */
    private final TimeLimit articleLimit;
    /** Whether the site is for opening from the file system only (the offline archive). */
    private final boolean offline;
    /** The persistent build cache, or null: what a {@code build} in a new process reuses. */
    private final BuildCache store;
    /** The output folder whose pages the store's page record describes, or null. */
    private final Path storedOut;
    private SiteConfig lastConfig;
    private List<FileStamp> lastTemplates;
    private Theme theme;
    private Map<String, byte[]> assets;
    private final AtomicInteger pagesRendered = new AtomicInteger();
    private Work lastWork = new Work(0, 0, false, List.of(), 0, List.of());
    /** The pages the last build made rather than reused from the persistent cache's output folder. */
    private List<String> storedMade = List.of();
    /** The digest of the settings files, when a store needs it (see {@link #settingsDigest}). */
    private byte[] settings = new byte[0];

    /**
     * How much the last build had to redo: files read, articles analysed, whether articles were
     * linked across the corpus (false when the build cache held the link for exactly these
     * analyses), the comparisons whose candidate pairs were updated from the build cache's last
     * link rather than found afresh, article pages rendered, and the output files made rather
     * than reused (sorted paths): by {@code serve}'s cache, or the pages the persistent build
     * cache did not find in the output folder; empty for a one-off builder without one.
     */
    public record Work(int filesRead, int articlesAnalysed, boolean linked, List<String> pairsUpdated,
                       int pagesRendered, List<String> filesMade) {
        public Work {
            pairsUpdated = List.copyOf(pairsUpdated);
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
        this(contentDir, templatesDir, incremental, ArticleIngester.READ_TIMEOUT, false);
    }

    /** A builder whose article analysis and page bodies each have {@code articleLimit}. */
    SiteBuilder(Path contentDir, Path templatesDir, boolean incremental, Duration articleLimit) {
        this(contentDir, templatesDir, incremental, articleLimit, false);
    }

    private SiteBuilder(Path contentDir, Path templatesDir, boolean incremental, Duration articleLimit,
                        boolean offline) {
        this(contentDir, templatesDir, incremental, articleLimit, offline, null, null);
    }

    private SiteBuilder(Path contentDir, Path templatesDir, boolean incremental, Duration articleLimit,
                        boolean offline, BuildCache store, Path storedOut) {
        this.offline = offline;
        this.store = store;
        this.storedOut = storedOut;
        this.articleLimit = new TimeLimit(articleLimit, "gloss-article");
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
        this.files = incremental ? FileCache.keeping() : FileCache.disabled();
        this.parts = incremental ? PartCache.keeping() : PartCache.disabled();
        this.reads = new ArticleReads(contentDir, incremental, store);
        this.analyses = new ArticleAnalyses(incremental, this.articleLimit, store);
    }

    /** A builder for one build: it keeps no file, analysis or page for a next build. */
    public static SiteBuilder oneOff(Path contentDir, Path templatesDir) {
        return new SiteBuilder(contentDir, templatesDir, false);
    }

    /**
     * A one-off builder that reads what it can from {@code store}, the persistent build cache, and
     * adds what it made: it keeps nothing in memory, but the next build in a new process redoes
     * only what changed. Pages are reused from {@code out} (null: none), the output folder the
     * last build with this cache wrote, where they are still what was made ({@link StoredPages}).
     * Use it for one build only: the cache's notes are given once.
     */
    static SiteBuilder oneOff(Path contentDir, Path templatesDir, BuildCache store, Path out) {
        return new SiteBuilder(contentDir, templatesDir, false, ArticleIngester.READ_TIMEOUT, false, store, out);
    }

    /**
     * A one-off builder for a site opened from the file system only (the offline archive): its
     * 404 page links relative to itself, where a published site's links from the base URL's path.
     */
    public static SiteBuilder offline(Path contentDir, Path templatesDir) {
        return new SiteBuilder(contentDir, templatesDir, false, ArticleIngester.READ_TIMEOUT, true);
    }

    /** What the last {@link #build} had to redo. */
    public Work lastWork() {
        return lastWork;
    }

    /** Forgets what was made from {@code file}, for changes too quick for its timestamp to show. */
    public void changed(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        // A folder (or a watcher overflow reported as one) forgets everything under it.
        reads.changed(abs);
        Path templates = templatesDir == null ? null : templatesDir.toAbsolutePath().normalize();
        if (templates != null && (abs.startsWith(templates) || templates.startsWith(abs))) {
            theme = null;
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
        reads.rehearse(key, edit);
        try {
            build(BuildProgress.SILENT, dropped -> {
            });
        } finally {
            reads.endRehearsal();
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

    /** The phases: theme, settings, ingest, analyze (all in {@link #analyzeSite}), then render and publish. */
    private Outcome build(BuildProgress progress, SiteSink sink, Runnable articlePagesMade, Runnable pagesMade) {
        Theme currentTheme = theme();
        SiteAnalysis analysis = analyzeSite(progress);
        long t2 = System.nanoTime();
        List<Problem> renderProblems = publish(analysis, currentTheme, progress, sink, articlePagesMade, pagesMade);
        long t3 = System.nanoTime();

        lastWork = new Work(reads.filesRead(), analyses.articlesAnalysed(), analyses.linked(), analyses.pairsUpdated(),
                pagesRendered.get(), files.keeps() ? files.made() : storedMade);
        BuildTimings timings = new BuildTimings(analysis.ingestTime(), analysis.analyzeTime(),
                Duration.ofNanos(t3 - t2), Duration.ZERO);
        List<Problem> problems = new ArrayList<>(currentTheme.problems());
        problems.addAll(currentTheme.messages(analysis.config().language()).problems());
        problems.addAll(analysis.problems());
        problems.addAll(renderProblems);
        if (store != null) {
            problems.addAll(store.finish());
        }
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
        // A feature's settings changed (a new glossary): every article may be found different,
        // and every page may show it; site settings show on every page.
        if (analyses.configure(steps) || !config.equals(lastConfig)) {
            forgetOutput();
        }
        lastConfig = config;
        if (store != null) {
            settings = settingsDigest();
            analyses.settings(settings);
        }

        pagesRendered.set(0);
        long t0 = System.nanoTime();
        IngestResult read = reads.ingest(progress);
        long t1 = System.nanoTime();
        ArticleAnalyses.Analysed analysed = analyses.analyze(read.articles(), progress);
        IngestResult ingested = analysed.skipped().isEmpty() ? read : withoutSkipped(read, analysed);
        long t2 = System.nanoTime();
        List<Problem> problems = new ArrayList<>(ingested.problems());
        problems.addAll(settingsWarnings);
        problems.addAll(analysed.lint());
        return new SiteAnalysis(config, ingested, analysed.annotations(), problems, analysed.lint(),
                Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), analysed.inputs());
    }

    /**
     * The digest of every settings file at the top of the content folder ({@code site.yml},
     * {@code glossary.yml}, {@code furniture.yml}, and any other {@code .yml} a feature reads
     * there), by name and bytes: a stored analysis is reused only under the same settings. It
     * errs towards analysing again: a change to any of them counts, even one no step reads.
     */
    private byte[] settingsDigest() {
        List<byte[]> parts = new ArrayList<>();
        try (Stream<Path> top = Files.list(contentDir)) {
            for (Path p : top.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
                    parts.add(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    parts.add(Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            // Unreadable settings: a key no build shares, so no stored analysis is used.
            parts.add(Long.toString(System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return store.key(BuildCache.Kind.ANALYSIS, parts.toArray(byte[][]::new));
    }

    /**
     * The digest of the templates folder's files, by path and bytes (the built-in theme is part
     * of the jar, which every key includes): every page shows the theme, so the store's record of
     * pages is kept under it.
     */
    private byte[] templatesDigest() {
        List<byte[]> parts = new ArrayList<>();
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            try (Stream<Path> all = Files.walk(templatesDir)) {
                for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                    parts.add(templatesDir.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    parts.add(Files.readAllBytes(p));
                }
            } catch (IOException e) {
                parts.add(Long.toString(System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return store.key(BuildCache.Kind.PAGES, parts.toArray(byte[][]::new));
    }

    /** The articles read, less those whose analysis was given up on, with a warning for each. */
    private static IngestResult withoutSkipped(IngestResult read, ArticleAnalyses.Analysed analysed) {
        Set<String> skipped = analysed.skipped().stream().map(Problem::file).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(analysed.skipped());
        return new IngestResult(read.articles().stream().filter(a -> !skipped.contains(a.source())).toList(), problems);
    }

    /**
     * Renders and publishes the site's outputs into {@code into}, each page through the output
     * cache; returns the warnings about article bodies given up on.
     */
    private List<Problem> publish(SiteAnalysis analysis, Theme currentTheme, BuildProgress progress, SiteSink into,
                                  Runnable articlePagesMade, Runnable pagesMade) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        SiteConfig config = analysis.config();
        List<Article> articles = analysis.ingested().articles();
        Annotations annotations = analysis.annotations();
        progress.start("render", articles.size());
        files.startBuild();
        // The keys' lookups span every quotation and mention: made only when a cache will ask.
        byte[] templates = store == null || storedOut == null ? null : templatesDigest();
        StoredPages stored = templates == null ? null
                : StoredPages.open(store, storedOut, analysis.inputs(),
                        settings, templates, new byte[] {(byte) (offline ? 1 : 0)});
        // Articles' shares of the search index are kept in the store too, so that an edit scores
        // one article's documents again rather than every article's.
        PartCache rendering = stored == null ? parts : PartCache.stored(new StoredParts(store, settings, templates));
        PageDependencies deps = files.keeps() || stored != null
                ? new PageDependencies(config, articles, annotations, features) : null;
        // A file read back from the output folder as it was made goes to the sink as unchanged:
        // the staging folder links it instead of writing it again.
        SiteSink sink = stored == null ? into : new SiteSink() {
            @Override
            public void accept(OutputFile f) {
                if (stored.reused(f.path())) {
                    into.acceptUnchanged(f);
                } else {
                    into.accept(f);
                }
            }
        };
        PageSink pages = new PageSink() {
            @Override
            public void page(String path, Article article, Supplier<OutputFile> make) {
                Supplier<Object> key = () -> article == null ? deps.ofSitePage(path) : deps.of(article);
                Supplier<OutputFile> making = () -> {
                    if (article != null) {
                        pagesRendered.incrementAndGet();
                    }
                    return make.get();
                };
                // A site page (index, outlet, quotations, glossary pages) shows every article: digesting
                // its key whole cost minutes at 1,000 articles, so across processes its key is made of
                // each article's share digested once (PageDependencies.digestOfSitePage); an article
                // page's, of its list with each large record given by its digest, made once (digestOf).
                sink.accept(stored != null
                        ? stored.get(path, article == null ? () -> deps.digestOfSitePage(path, store::digestOnce)
                                : () -> deps.digestOf(article, store::digestOnce), making)
                        : files.get(path, key, making));
                if (article != null) {
                    progress.step();
                }
            }

            @Override
            public boolean group(String first, java.util.function.Predicate<String> member) {
                if (stored == null) {
                    return false;
                }
                List<OutputFile> kept = stored.group(member, p -> deps.digestOfSitePage(p, store::digestOnce));
                if (kept == null) {
                    return false;
                }
                kept.forEach(sink::accept);
                return true;
            }
        };
        SiteRenderer renderer = new SiteRenderer(currentTheme,
                features.stream().<PageParts.Maker>map(f -> f::pageParts).toList(), rendering, bodyGuard(problems),
                offline);
        // A one-off build with a cache finds the files no page shows (Markdown copies, data, feed)
        // in the output folder too, as it does pages.
        FileCache fileCache = stored != null ? FileCache.through(stored::get) : files;
        PublishedSite site = new PublishedSite(config, articles, annotations, features,
                renderer.pages(config, articles, annotations), pages, assets, fileCache, rendering);
        SitePublisher.publish(site, sink, articlePagesMade, pagesMade);
        files.finishBuild();
        parts.finishBuild();
        if (stored != null) {
            stored.finish();
            storedMade = stored.made();
        }
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
            return files.sorted().map(FileStamp::of).toList();
        } catch (IOException e) {
            return List.of(FileStamp.absent(templatesDir));
        }
    }
}
