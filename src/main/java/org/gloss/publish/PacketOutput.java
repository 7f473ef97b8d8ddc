package org.gloss.publish;

import java.util.List;
import org.gloss.core.OutputFile;
import org.gloss.core.SiteSink;
import org.gloss.render.Theme;

/**
 * The classroom packet, {@code packet.html} and {@code packet.pdf}: the selected articles with
 * numbered paragraphs, the glossary terms they use and the quotations they share, with the
 * settings of {@code packet.yml}, laid out for {@code paper}.
 */
final class PacketOutput implements SiteOutput {

    private final Theme theme;
    private final PacketSettings settings;
    private final List<String> articleIds;
    private final PdfRenderer.Paper paper;

    /** The packet of {@code articleIds} (when empty: packet.yml's articles, else every article oldest first). */
    PacketOutput(Theme theme, PacketSettings settings, List<String> articleIds, PdfRenderer.Paper paper) {
        this.theme = theme;
        this.settings = settings;
        this.articleIds = List.copyOf(articleIds);
        this.paper = paper;
    }

    @Override
    public void write(PublishedSite site, SiteSink sink) {
        String html = new PacketRenderer(theme).render(site.config(), site.articles(), site.annotations(), site.features(),
                articleIds.isEmpty() ? settings.articles() : articleIds,
                articleIds.isEmpty() ? PacketSettings.FILE : "--articles", settings.title(), settings.intro(), settings.questions());
        sink.accept(OutputFile.text("packet.html", html));
        sink.accept(new OutputFile("packet.pdf", PdfRenderer.render(html, paper)));
    }
}
