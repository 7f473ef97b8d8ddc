package org.gloss;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.AcronymLinter;
import org.gloss.analyze.Analyzer;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.Glossary;
import org.gloss.analyze.GlossaryReader;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.IngestResult;
import org.gloss.ingest.SiteConfig;
import org.gloss.ingest.SiteConfigReader;
import org.gloss.publish.OutputFile;
import org.gloss.publish.SitePublisher;
import org.gloss.render.Page;
import org.gloss.render.SiteRenderer;
import org.gloss.render.Theme;

/**
 * Builds a site in four explicit phases, each feeding the next: ingest (files → articles),
 * analyze (quotations, glossary), render (pages), publish (atomic write). Problems with single
 * articles are collected and returned; fatal ones throw {@link BuildException} before anything
 * is written.
 */
public final class Gloss {

    private final Path contentDir;
    private final Path templatesDir;

    public Gloss(Path contentDir, Path templatesDir) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
    }

    /** The outcome of a build: what was written and what was wrong on the way. */
    public record BuildResult(int articles, int pages, List<Problem> problems) {
    }

    /** Runs every phase and writes the site into {@code out}. */
    public BuildResult build(Path out) {
        Site site = assemble();
        SitePublisher.publish(out, site.files());
        return new BuildResult(site.ingested().articles().size(), site.files().size(), site.problems());
    }

    /** Runs ingest, analyze and render, and returns every file of the site without writing it. */
    public Site assemble() {
        SiteConfig config = SiteConfigReader.read(contentDir);
        Glossary glossary = GlossaryReader.read(contentDir);
        Theme theme = Theme.load(templatesDir);

        IngestResult ingested = ArticleIngester.forContent(contentDir).ingest(contentDir);
        Annotations annotations = new Analyzer().analyze(ingested.articles(), glossary);
        List<Page> pages = new SiteRenderer(theme).render(config, ingested.articles(), annotations);
        List<OutputFile> files = SitePublisher.files(config, ingested.articles(), annotations, pages, theme.assets());

        List<Problem> problems = new ArrayList<>(ingested.problems());
        problems.addAll(glossary.warnings());
        problems.addAll(new AcronymLinter().lint(ingested.articles(), annotations.texts(), glossary));
        return new Site(ingested, annotations, files, problems);
    }

    /** Everything a build produced, before it is written. */
    public record Site(IngestResult ingested, Annotations annotations, List<OutputFile> files,
                       List<Problem> problems) {
    }
}
