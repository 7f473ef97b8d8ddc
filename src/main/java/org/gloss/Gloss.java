package org.gloss;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.SiteAnalysis;
import org.gloss.core.BuildProgress;
import org.gloss.core.BuildTimings;
import org.gloss.core.OutputFile;
import org.gloss.core.Problem;
import org.gloss.ingest.IngestResult;
import org.gloss.publish.PacketBuilder;
import org.gloss.publish.PdfRenderer;
import org.gloss.publish.StagingFolder;

/**
 * Builds a site in four explicit phases, each feeding the next: ingest (files → articles),
 * analyze (quotations, glossary, links), render (pages), publish (atomic write); the packet and the
 * content check run the same first two ({@link #analyze}) and make their own output from them. Problems with single
 * articles are collected and returned; fatal ones throw {@link BuildException} and leave the
 * output as it was. Each call is a full build; {@link SiteBuilder} keeps state for incremental ones.
 */
public final class Gloss {

    private final Path contentDir;
    private final Path templatesDir;
    /** The persistent build cache's folder, or null for none. */
    private final Path cacheDir;

    public Gloss(Path contentDir, Path templatesDir) {
        this(contentDir, templatesDir, null);
    }

    private Gloss(Path contentDir, Path templatesDir, Path cacheDir) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
        this.cacheDir = cacheDir;
    }

    /**
     * This Gloss with a persistent build cache in {@code cacheDir} ({@code .gloss-cache/}, see
     * {@link #defaultCacheDir}): {@link #build} reuses what an earlier build stored there for
     * unchanged input, and stores what it makes. The site is byte for byte what a build without
     * the cache makes. Null for none.
     */
    public Gloss withCache(Path cacheDir) {
        return new Gloss(contentDir, templatesDir, cacheDir);
    }

    /** Where the build cache goes unless told: {@code .gloss-cache/} beside the content folder. */
    public static Path defaultCacheDir(Path contentDir) {
        Path parent = contentDir.toAbsolutePath().normalize().getParent();
        return (parent == null ? contentDir.toAbsolutePath() : parent).resolve(".gloss-cache");
    }

    /**
     * The outcome of a build: what was made, what was wrong on the way, how long it took, and
     * whether the site was swapped in ({@code published}) or left as it was.
     */
    public record BuildResult(int articles, int pages, List<Problem> problems, BuildTimings timings, boolean published) {
    }

    /** Runs every phase and writes the site into {@code out}. */
    public BuildResult build(Path out) {
        return build(out, BuildProgress.SILENT);
    }

    /**
     * Runs every phase, telling {@code progress} how it goes, and writes the site into {@code out}.
     * Files are streamed into a staging folder as they are made and swapped in at the end, so the
     * site is never held in memory whole, and nothing is kept for a next build.
     */
    public BuildResult build(Path out, BuildProgress progress) {
        return build(out, progress, made -> true);
    }

    /**
     * As {@link #build(Path, BuildProgress)}, but the made site replaces {@code out} only when
     * {@code publish} accepts it (the result it is given has {@code published} false); otherwise
     * it is thrown away and {@code out} stays as it was, as after a failed build.
     */
    public BuildResult build(Path out, BuildProgress progress, Predicate<BuildResult> publish) {
        if (cacheDir == null) {
            return build(out, progress, publish, SiteBuilder.oneOff(contentDir, templatesDir), null);
        }
        long start = System.nanoTime();
        BuildCache store = BuildCache.open(cacheDir);
        UnchangedBuild last = UnchangedBuild.of(store, contentDir, templatesDir, out);
        Optional<BuildResult> same = StagingFolder.tidyUp(out)
                ? last.lastResult(new BuildTimings(Duration.ofNanos(System.nanoTime() - start),
                        Duration.ZERO, Duration.ZERO, Duration.ZERO))
                : Optional.empty();
        if (same.isPresent()) {
            // Nothing changed and the site is as that build left it: it stays, whatever publish says.
            BuildResult result = same.get();
            BuildResult offered = new BuildResult(result.articles(), result.pages(), result.problems(), result.timings(),
                    false);
            return publish.test(offered) ? result : offered;
        }
        return build(out, progress, publish, SiteBuilder.oneOff(contentDir, templatesDir, store, out), last);
    }

    private BuildResult build(Path out, BuildProgress progress, Predicate<BuildResult> publish, SiteBuilder builder,
                              UnchangedBuild last) {
        try (StagingFolder staging = StagingFolder.open(out)) {
            UnchangedBuild.Recording recording = last == null ? null : last.recording(staging);
            SiteBuilder.Outcome built = builder.build(progress, recording == null ? staging : recording);
            BuildResult made = new BuildResult(built.ingested().articles().size(), staging.fileCount(), built.problems(),
                    built.timings(), false);
            if (!publish.test(made)) {
                return made; // closing the staging folder uncommitted removes it
            }
            progress.start("write", -1);
            long start = System.nanoTime();
            staging.commit();
            BuildTimings timings = built.timings().withWrite(Duration.ofNanos(System.nanoTime() - start));
            progress.done("write");
            BuildResult published = new BuildResult(made.articles(), made.pages(), made.problems(), timings, true);
            if (last != null) {
                last.record(published, recording);
            }
            return published;
        }
    }

    /**
     * Every file of the site for opening from the file system only, as {@code archive} zips it:
     * as {@link #assemble()}, but the 404 page links relative to itself.
     */
    public Site assembleOffline() {
        return SiteBuilder.offline(contentDir, templatesDir).build(BuildProgress.SILENT);
    }

    /** Runs ingest, analyze and render, and returns every file of the site without writing it. */
    public Site assemble() {
        return assemble(BuildProgress.SILENT);
    }

    /** As {@link #assemble()}, telling {@code progress} how it goes. */
    public Site assemble(BuildProgress progress) {
        return SiteBuilder.oneOff(contentDir, templatesDir).build(progress);
    }

    /**
     * Runs the first phases only (settings, glossary, ingest, analyze): what the packet and the
     * content check are made from.
     */
    public SiteAnalysis analyze(BuildProgress progress) {
        return SiteBuilder.oneOff(contentDir, templatesDir).analyzeSite(progress);
    }

    /** The classroom packet: the same first phases as a build, then the packet as the output. */
    public PacketBuilder.Result packet(List<String> articleIds, Path out, PdfRenderer.Paper paper) {
        return new PacketBuilder(contentDir, templatesDir, Features.all()).build(analyze(BuildProgress.SILENT), articleIds, out, paper);
    }

    /** Everything a build produced, with every file in memory (sorted by path). */
    public record Site(IngestResult ingested, Annotations annotations, List<OutputFile> files,
                       List<Problem> problems, BuildTimings timings) {
        public Site {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }
}
