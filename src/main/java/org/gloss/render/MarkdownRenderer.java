package org.gloss.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jetbrains.annotations.NotNull;

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

    public MarkdownRenderer() {
        parser = Parser.builder(options).build();
        // One renderer for every article (building one costs more than rendering a page): each
        // render asks the factory for a fresh provider, which numbers that render's document.
        renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                        return new BlockNumberer(numberBlocks(context.getDocument()));
                    }
                })
                .build();
    }

    public String toHtml(String markdown) {
        return HtmlSanitizer.clean(renderer.render(parser.parse(markdown)));
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
    private record BlockNumberer(Map<Node, Integer> numbers) implements AttributeProvider {
        @Override
        public void setAttributes(@NotNull Node node, @NotNull AttributablePart part,
                                  @NotNull MutableAttributes attributes) {
            Integer n = numbers.get(node);
            if (n != null && part == AttributablePart.NODE) {
                attributes.replaceValue(BLOCK_ATTR, String.valueOf(n));
            }
        }
    }
}
