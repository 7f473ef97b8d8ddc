package org.gloss.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.SiteAnalysis;
import org.gloss.core.Problem;
import org.gloss.ingest.IngestResult;
import org.gloss.publish.PacketRenderer;
import org.gloss.render.Theme;

/**
 * Makes the classroom packet from what the pipeline's first phases made of a content folder (a
 * {@link SiteAnalysis}, the same one the site is rendered from): render {@code packet.html}, lay it
 * out as {@code packet.pdf}, and write both into the output folder atomically (a failure leaves a
 * previous packet as it was).
 */
public final class PacketBuilder {

    private final Path contentDir;
    private final Path templatesDir;

    public PacketBuilder(Path contentDir, Path templatesDir) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
    }

    /** What was written and which articles had to be skipped on the way. */
    public record Result(int articles, List<Problem> problems) {
    }

    /** Builds the packet of {@code articleIds} (every article when empty) of {@code analysis} into {@code out}. */
    public Result build(SiteAnalysis analysis, List<String> articleIds, Path out, PdfRenderer.Paper paper) {
        PacketSettings settings = PacketSettings.read(contentDir);
        Theme theme = Theme.load(templatesDir);
        IngestResult ingested = analysis.ingested();
        String html = new PacketRenderer(theme).render(analysis.config(), ingested.articles(), analysis.annotations(),
                articleIds, settings.title(), settings.intro(), settings.questions());
        byte[] pdf = PdfRenderer.render(html, paper);
        SiteWriter.write(out, List.of(OutputFile.text("packet.html", html), new OutputFile("packet.pdf", pdf)));
        int count = articleIds.isEmpty() ? ingested.articles().size() : (int) articleIds.stream().distinct().count();
        List<Problem> problems = new ArrayList<>(theme.problems());
        problems.addAll(analysis.problems());
        return new Result(count, problems);
    }
}
