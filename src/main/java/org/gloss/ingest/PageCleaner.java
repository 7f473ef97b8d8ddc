package org.gloss.ingest;

import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;
import org.gloss.core.Cancellation;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes out of a page what no reader ever sees as story: scripts, styles, embedded objects,
 * controls, and elements hidden by attribute, inline style or a class that means hidden.
 */
final class PageCleaner {

    private static final String NEVER_STORY = "script, style, noscript, template, iframe, object, embed, button, input, "
            + "select, textarea, svg, canvas, dialog, link, meta";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    /** Whole class names that mean hidden from readers ({@code hidden-xs} only hides on phones, so it is not one). */
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide", "is-hidden", "d-none", "invisible",
            "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "element-invisible", "offscreen");

    private PageCleaner() {
    }

    static void clean(Document doc) {
        doc.select(NEVER_STORY).remove();
        removeComments(doc);
        int pageProse = TextMeasure.proseLength(doc.body());
        for (Element e : new ArrayList<>(doc.body().select("*"))) {
            Cancellation.check();
            if (e.parent() != null && (isHidden(e) || isHiddenByName(e) && !TextMeasure.holdsMostProse(e, pageProse))) {
                e.remove();
            }
        }
    }

    /** Hidden by the page's own markup: the {@code hidden} attribute or an inline style. */
    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false; // most elements: nothing to read
        }
        String style = e.attr("style");
        if (e.hasAttr("hidden") || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        return false;
    }

    /**
     * Hidden by a name (a class that means hidden, {@code aria-hidden}): what a script shows is
     * sometimes the rest of the story ("read more"), so the caller keeps such an element when it
     * holds most of the page's prose.
     */
    static boolean isHiddenByName(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String classes = e.className();
        // Readability keeps aria-hidden pictures that are fallbacks; text hidden from screen readers is usually a duplicate.
        if (e.attr("aria-hidden").equals("true") && !classes.contains("fallback-image")) {
            return true;
        }
        if (!classes.isEmpty()) {
            for (String c : classes.split("\\s+")) {
                if (HIDDEN_CLASSES.contains(c.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void removeComments(Document doc) {
        var comments = new ArrayList<Node>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, doc);
        comments.forEach(Node::remove);
    }
}
