package org.gloss.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;
import org.jsoup.nodes.Element;

/**
 * Numbers an article's paragraphs for citation (¶ 1, ¶ 2, …), skipping headings, and gives each
 * paragraph on a page the matching id ({@code para-3}), so the packet's ¶ 3 and the site's
 * {@code articles/ID.html#para-3} are the same paragraph and search results can link to it.
 */
public final class ParagraphNumbers {

    private ParagraphNumbers() {
    }

    /** Block index → paragraph number (1-based), for the paragraph blocks of {@code text}. */
    public static Map<Integer, Integer> of(ArticleText text) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        if (text == null) {
            return numbers;
        }
        for (Block b : text.blocks()) {
            if (b.kind() == Block.Kind.PARAGRAPH) {
                numbers.put(b.index(), numbers.size() + 1);
            }
        }
        return numbers;
    }

    /** The fragment id of paragraph {@code number} on an article page. */
    static String anchor(int number) {
        return "para-" + number;
    }

    /**
     * Sets {@code id="para-N"} on every paragraph element of {@code body} (found by its
     * {@code data-block} number), leaving any id already there alone.
     */
    static void addIds(Element body, ArticleText text) {
        addIds(MarkdownRenderer.blocks(body), text);
    }

    /** As {@link #addIds(Element, ArticleText)}, for the page's numbered blocks found already. */
    static void addIds(List<Element> blocks, ArticleText text) {
        Map<Integer, Integer> numbers = of(text);
        for (Element el : blocks) {
            Integer n = MarkdownRenderer.blockNumber(el).map(numbers::get).orElse(null);
            if (n != null && !el.hasAttr("id")) {
                el.attr("id", anchor(n));
            }
        }
    }
}
