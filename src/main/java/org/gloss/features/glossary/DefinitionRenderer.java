package org.gloss.features.glossary;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.gloss.render.HtmlSanitizer;
import org.jsoup.Jsoup;

/**
 * Renders a glossary definition's Markdown with Flexmark and sanitises it, so a definition can
 * format text and link out but never inject markup or script. Also gives its plain text, which
 * is what popovers show.
 */
public final class DefinitionRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** A renderer; one can serve every definition of a page. */
    public DefinitionRenderer() {
        MutableDataSet options = new MutableDataSet();
        // Raw HTML in a definition is shown as text, not passed through (and sanitised) as markup.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Safe HTML for {@code markdown}; empty for null. */
    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return HtmlSanitizer.clean(renderer.render(parser.parse(markdown))).strip();
    }

    /** The words a reader sees, without markup; empty for null. */
    String text(String markdown) {
        return Jsoup.parseBodyFragment(html(markdown)).text();
    }
}
