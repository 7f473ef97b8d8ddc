package org.gloss.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * An article's body after its marks are woven, as features add to it: its elements found by id
 * or by a {@code data-} attribute's value, and a way to make new elements that print as the page
 * does. The body is walked once, before any feature adds to it, for all of them; so the lookups
 * find what the marks made, never what another feature added.
 */
public final class ArticleBody {

    private final PageElements elements;
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, List<Element>> byData = new HashMap<>();

    ArticleBody(Element body) {
        this.elements = new PageElements(body);
        index(body);
    }

    /** The first element with id {@code id}, as {@code getElementById} finds it, or null. */
    public Element byId(String id) {
        return byId.get(id);
    }

    /** Every element whose {@code attribute} (a {@code data-} attribute) is {@code value}, in page order. */
    public List<Element> byData(String attribute, String value) {
        return byData.getOrDefault(attribute + '\u0000' + value, List.of());
    }

    /** A new element not yet on the page. */
    public Element create(String tag) {
        return elements.create(tag);
    }

    /** Puts {@code nodes} (say, a {@link MarkTemplates#fragment}) right after {@code anchor}, in order. */
    public void addAfter(Element anchor, List<Node> nodes) {
        Node last = anchor;
        for (Node n : nodes) {
            last.after(n);
            last = n;
        }
    }

    /**
     * Puts {@code html}, markup as this page prints it (a {@link MarkTemplates#html}), right after
     * {@code anchor}, to be printed as it is. Nothing reads an article's body after features add
     * to it but its printing (the lookups here were made before), so what they add need not be
     * nodes; a {@link DataNode} prints its text unchanged in an HTML page.
     */
    public void addAfter(Element anchor, String html) {
        if (!html.isEmpty()) {
            anchor.after(new DataNode(html));
        }
    }

    /** A new element appended to {@code parent}. */
    public Element append(Element parent, String tag) {
        return elements.append(parent, tag);
    }

    private void index(Element body) {
        body.traverse((node, depth) -> {
            if (node instanceof Element e) {
                if (!e.id().isEmpty()) {
                    byId.putIfAbsent(e.id(), e);
                }
                for (var a : e.attributes()) {
                    if (a.getKey().startsWith("data-")) {
                        byData.computeIfAbsent(a.getKey() + '\u0000' + a.getValue(), k -> new ArrayList<>()).add(e);
                    }
                }
            }
        });
    }
}
