package org.gloss.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jetbrains.annotations.NotNull;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Renders an article's Markdown to HTML with Flexmark, numbering each paragraph and heading with
 * {@code data-block} in the same order as {@link org.gloss.analyze.ArticleTextExtractor}, so the
 * annotations found on the text can be placed on the page. The result is sanitised.
 */
public final class MarkdownRenderer {

    /** The attribute carrying a block's number. */
    public static final String BLOCK_ATTR = "data-block";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MutableDataSet options = new MutableDataSet();
    private final RenderedBlocks ownBlocks = new RenderedBlocks();

    public MarkdownRenderer() {
        parser = Parser.builder(options).build();
        // One renderer for every article (building one costs more than rendering a page): each
        // render asks the factory for a fresh provider, which numbers that render's document.
        renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                        return new BlockNumberer(numberBlocks(context.getDocument()), ownBlocks.proof());
                    }
                })
                .build();
    }

    /** The elements of {@code body} that carry a block number, in page order. */
    static List<Element> blocks(Element body) {
        return body.getElementsByAttribute(BLOCK_ATTR);
    }

    /** The block number on {@code el}; empty if it has none or raw HTML put a non-number there. */
    public static Optional<Integer> blockNumber(Element el) {
        try {
            return Optional.of(Integer.parseInt(el.attr(BLOCK_ATTR)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The article's sanitised HTML. */
    public String toHtml(String markdown) {
        return clean(parser.parse(markdown)).body().html();
    }

    /** The rendered, sanitised document, with only Gloss's own block numbers. */
    private Document clean(Node ast) {
        Document dirty = Jsoup.parseBodyFragment(renderer.render(ast), "");
        ownBlocks.prepare(dirty);
        return HtmlSanitizer.cleanDocument(dirty);
    }

    /**
     * The article's sanitised HTML as a tree to annotate: exactly the tree that {@link #toHtml}'s
     * text parses to, without printing and parsing it again where that cannot change it.
     */
    Element toBody(String markdown) {
        Node ast = parser.parse(markdown);
        Document clean = clean(ast);
        if (hasRawHtml(ast)) {
            // Raw HTML can leave trees a parser would never build: once the sanitiser drops an
            // element and keeps its children, a <caption> or <tr> can stand outside any table.
            // Readers' browsers parse the printed page, so marks go on the tree that parse gives.
            Document reparsed = Jsoup.parseBodyFragment(clean.body().html());
            reparsed.outputSettings().prettyPrint(false);
            return reparsed.body();
        }
        // Flexmark's own markup parses back to the same elements; the sanitiser only drops empty
        // ones (<img>, <hr>), which can leave two text nodes side by side where a parse makes one.
        mergeAdjacentText(clean.body());
        return clean.body();
    }

    private static boolean hasRawHtml(Node ast) {
        for (Node n : ast.getDescendants()) {
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                return true;
            }
        }
        return false;
    }

    private static void mergeAdjacentText(Element root) {
        for (Element el : root.getAllElements()) {
            TextNode previous = null;
            for (org.jsoup.nodes.Node child : el.childNodes().toArray(new org.jsoup.nodes.Node[0])) {
                if (child instanceof TextNode t) {
                    if (previous != null) {
                        previous.text(previous.getWholeText() + t.getWholeText());
                        t.remove();
                        continue;
                    }
                    previous = t;
                } else {
                    previous = null;
                }
            }
        }
    }

    private static Map<Node, Integer> numberBlocks(Node doc) {
        Map<Node, Integer> numbers = new IdentityHashMap<>();
        new NodeVisitor(
                new VisitHandler<>(Paragraph.class, p -> numbers.put(p, numbers.size())),
                new VisitHandler<>(Heading.class, h -> numbers.put(h, numbers.size())))
                .visit(doc);
        return numbers;
    }

    /** Puts each block's number on the element Flexmark renders for it. */
    private record BlockNumberer(Map<Node, Integer> numbers, String proof) implements AttributeProvider {
        @Override
        public void setAttributes(@NotNull Node node, @NotNull AttributablePart part,
                                  @NotNull MutableAttributes attributes) {
            Integer n = null;
            if (part == AttributablePart.NODE) {
                n = numbers.get(node);
            } else if (part == CoreNodeRenderer.TIGHT_LIST_ITEM && node.getFirstChild() instanceof Paragraph p) {
                // A tight list item prints its paragraph without a <p>: the number goes on the <li>,
                // so the item's text is placed, numbered and cited like any other paragraph.
                n = numbers.get(p);
            }
            if (n != null) {
                attributes.replaceValue(BLOCK_ATTR, String.valueOf(n));
                attributes.replaceValue(RenderedBlocks.PROOF_ATTR, proof);
            }
        }
    }
}
