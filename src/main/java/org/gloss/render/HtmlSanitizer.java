package org.gloss.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans article HTML with jsoup's {@link Safelist}: text formatting, links, lists, tables and
 * quotes survive; scripts, styles, frames, forms, event handlers and {@code javascript:} or
 * {@code data:} URLs do not.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("p", MarkdownRenderer.BLOCK_ATTR)
            .addAttributes("li", MarkdownRenderer.BLOCK_ATTR)
            .addAttributes("h1", MarkdownRenderer.BLOCK_ATTR)
            .addAttributes("h2", MarkdownRenderer.BLOCK_ATTR)
            .addAttributes("h3", MarkdownRenderer.BLOCK_ATTR)
            .addAttributes("h4", MarkdownRenderer.BLOCK_ATTR)
            .addAttributes("h5", MarkdownRenderer.BLOCK_ATTR)
            .addAttributes("h6", MarkdownRenderer.BLOCK_ATTR)
            .addAttributes("abbr", "title")
            .removeProtocols("a", "href", "ftp")
            // In-page anchors (glossary cross-references, footnotes) are safe and would otherwise be
            // dropped, leaving an <a> without href.
            .addProtocols("a", "href", "#")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        return cleanDocument(html).body().html();
    }

    /**
     * The clean tree itself (what {@link #clean} prints), so a caller that goes on to change the
     * page need not print it and parse it again. Printing does not pretty-print.
     */
    static Document cleanDocument(String html) {
        return cleanDocument(Jsoup.parseBodyFragment(html, ""));
    }

    /** As {@link #cleanDocument(String)}, for HTML already parsed (and left unchanged). */
    static Document cleanDocument(Document dirty) {
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean;
    }
}
