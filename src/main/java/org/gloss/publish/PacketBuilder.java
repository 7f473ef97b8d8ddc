package org.gloss.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gloss.Gloss;
import org.gloss.analyze.Analyzer;
import org.gloss.analyze.Annotations;
import org.gloss.analyze.GlossaryReader;
import org.gloss.core.Problem;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.IngestResult;
import org.gloss.ingest.SiteConfig;
import org.gloss.ingest.SiteConfigReader;
import org.gloss.render.PacketRenderer;
import org.gloss.render.Theme;

/**
 * Makes the classroom packet from a content folder: ingest and analyze as {@link Gloss} does, render
 * {@code packet.html}, lay it out as {@code packet.pdf}, and write both into the output folder
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
    public record Result(int articles, List<org.gloss.core.Problem> problems) {
    }

    /** Builds the packet of {@code articleIds} (every article when empty) into {@code out}. */
    public Result build(List<String> articleIds, Path out, PdfRenderer.Paper paper) {
        SiteConfig config = SiteConfigReader.read(contentDir);
        PacketSettings settings = PacketSettings.read(contentDir);
        Theme theme = Theme.load(templatesDir);
        IngestResult ingested = ArticleIngester.forContent(contentDir).ingest(contentDir);
        Annotations ann = new Analyzer().analyze(ingested.articles(), GlossaryReader.read(contentDir));
        String html = new PacketRenderer(theme).render(config, ingested.articles(), ann, articleIds,
                settings.title(), settings.intro(), settings.questions());
        byte[] pdf = PdfRenderer.render(html, paper);
        SiteWriter.write(out, List.of(OutputFile.text("packet.html", html), new OutputFile("packet.pdf", pdf)));
        int count = articleIds.isEmpty() ? ingested.articles().size() : (int) articleIds.stream().distinct().count();
        List<Problem> problems = new ArrayList<>(theme.problems());
        problems.addAll(ingested.problems());
        return new Result(count, problems);
    }
}
