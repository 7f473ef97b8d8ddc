package org.gloss.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gloss.analyze.SiteAnalysis;
import org.gloss.core.Problem;
import org.gloss.ingest.IngestResult;
import org.gloss.render.PartCache;
import org.gloss.render.Theme;

/**
 * Makes the classroom packet from what the pipeline's first phases made of a content folder (a
 * {@link SiteAnalysis}, the same one the site is rendered from): runs the {@link PacketOutput}
 * ({@code packet.html} and {@code packet.pdf}) and writes its files into the output folder
 * atomically (a failure leaves a previous packet as it was).
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
        PublishedSite site = new PublishedSite(analysis.config(), ingested.articles(), analysis.annotations(),
                List.of(), null, null, theme.assets(), FileCache.disabled(), PartCache.disabled());
        FileCollector files = new FileCollector();
        new PacketOutput(theme, settings, articleIds, paper).write(site, files);
        SiteWriter.write(out, files.files());
        int count = articleIds.isEmpty() ? ingested.articles().size() : (int) articleIds.stream().distinct().count();
        List<Problem> problems = new ArrayList<>(theme.problems());
        problems.addAll(theme.messages(analysis.config().language()).problems());
        problems.addAll(analysis.problems());
        return new Result(count, problems);
    }
}
