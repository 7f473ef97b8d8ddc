package org.gloss.render;

import java.util.List;
import org.gloss.analyze.ArticleText;
import org.jsoup.nodes.Element;

/**
 * Puts the citation numbers {@link ArticleText} decided (¶ N, {@link org.gloss.analyze.Block#paragraph})
 * on an article page: each numbered paragraph gets {@code id="p-N"} and, as its first child, a small
 * link to itself showing N, so a reader can see and copy the address that the glossary, search, the
 * quotations page and the packet cite. Addresses of the older {@code #para-N} form (the same
 * numbers) are sent to {@code #p-N} by {@code assets/gloss.js}.
 */
public final class ParagraphNumbers {

    /** The class of the visible number link. */
    static final String LINK_CLASS = "pnum";

    private ParagraphNumbers() {
    }

    /** The fragment id of paragraph {@code number} on an article page. */
    public static String anchor(int number) {
        return "p-" + number;
    }

    /** The citation label of paragraph {@code number} in the site's language (English: {@code ¶ N}). */
    public static String label(int number, Messages messages) {
        return messages.text("paragraph.cite", java.util.Map.of("n", number));
    }

    /**
     * Numbers every paragraph element of {@code blocks} (the page's elements carrying a block number,
     * after marks are woven in, so that offsets are not moved by the number's text): {@code id="p-N"}
     * and the number link first inside it.
     */
    static void addIds(List<Element> blocks, ArticleText text, Messages messages) {
        if (text == null) {
            return;
        }
        for (Element el : blocks) {
            int n = MarkdownRenderer.blockNumber(el).map(text::paragraph).orElse(0);
            if (n > 0) {
                el.attr("id", anchor(n));
                el.prependChild(new Element("a").addClass(LINK_CLASS).attr("href", "#" + anchor(n))
                        .attr("aria-label", messages.text("paragraph.link", java.util.Map.of("n", n))).text(String.valueOf(n)));
            }
        }
    }
}
