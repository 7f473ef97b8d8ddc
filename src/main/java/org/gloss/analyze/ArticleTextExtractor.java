package org.gloss.analyze;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import org.gloss.ingest.Article;

/**
 * Splits an article's Markdown into plain-text blocks with Flexmark, so analysis sees the words a
 * reader sees (no Markdown syntax, link text without URLs).
 */
public final class ArticleTextExtractor {

    private final Parser parser = Parser.builder().build();

    public ArticleText extract(Article article) {
        return extract(article.id(), article.body());
    }

    public ArticleText extract(String articleId, String markdown) {
        Node doc = parser.parse(markdown);
        List<Block> blocks = new ArrayList<>();
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Paragraph.class, p -> blocks.add(block(blocks.size(), Block.Kind.PARAGRAPH, p))),
                new VisitHandler<>(Heading.class, h -> blocks.add(block(blocks.size(), Block.Kind.HEADING, h))));
        visitor.visit(doc);
        return new ArticleText(articleId, blocks);
    }

    private static Block block(int index, Block.Kind kind, Node node) {
        String text = new TextCollectingVisitor().collectAndGetText(node);
        return new Block(index, kind, collapse(text));
    }

    /** Collapses runs of whitespace to one space, as a browser does when it shows the text. */
    static String collapse(String s) {
        // A loop rather than a \s+ replacement: it runs on every block of every article, and most
        // blocks have no run to collapse, so they are returned as they are.
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!AnchoredSearch.isSpace(s.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < s.length() && AnchoredSearch.isSpace(s.charAt(end))) {
                end++;
            }
            if (end > i + 1 || s.charAt(i) != ' ') {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, i).append(' ');
                copied = end;
            }
            i = end - 1;
        }
        String collapsed = out == null ? s : out.append(s, copied, s.length()).toString();
        return collapsed.strip();
    }
}
