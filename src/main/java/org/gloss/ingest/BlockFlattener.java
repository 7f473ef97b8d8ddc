package org.gloss.ingest;

import java.util.ArrayList;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Leaves the story as a flat run of Markdown's blocks before it is converted: a wrapper (div,
 * section, article...) that holds blocks is unwrapped, and one that holds only text becomes a
 * paragraph, so that no two texts are joined into one paragraph by the converter.
 */
final class BlockFlattener {

    private static final Set<String> WRAPPERS = Set.of("div", "section", "article", "main", "center", "span", "font");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "center", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "table", "hr", "figure", "address", "details");

    private BlockFlattener() {
    }

    static void flatten(Element story) {
        for (Element e : new ArrayList<>(story.select("div, section, article, main, center, span, font"))) {
            if (e == story || e.parent() == null || !WRAPPERS.contains(e.tagName())) {
                continue;
            }
            boolean holdsBlocks = e.children().stream().anyMatch(c -> BLOCKS.contains(c.tagName()));
            if (holdsBlocks) {
                wrapLooseText(e);
                e.unwrap();
            } else if (!e.tagName().equals("span") && !e.tagName().equals("font") && isInBlockContext(e)) {
                e.tagName("p");
            }
        }
        for (Element p : story.select("p")) {
            if (p.text().isBlank() && p.selectFirst("img, hr") == null) {
                p.remove(); // what was left of a picture or a removed caption: the converter would write <br />
            }
        }
    }

    /** A block's own loose text, between its child blocks, becomes paragraphs of its own before the unwrap. */
    private static void wrapLooseText(Element e) {
        Element p = null;
        for (Node n : new ArrayList<>(e.childNodes())) {
            boolean block = n instanceof Element c && BLOCKS.contains(c.tagName());
            if (block) {
                p = null;
            } else if (p != null || !(n instanceof TextNode t && t.isBlank())) {
                if (p == null) {
                    p = new Element("p");
                    n.before(p);
                }
                p.appendChild(n);
            }
        }
    }

    /** A wrapper inside a paragraph or heading stays inline. */
    private static boolean isInBlockContext(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.tagName();
            if (tag.equals("p") || tag.matches("h[1-6]") || tag.equals("li") || tag.equals("td") || tag.equals("th")) {
                return false;
            }
            if (!WRAPPERS.contains(tag)) {
                return true;
            }
        }
        return true;
    }
}
