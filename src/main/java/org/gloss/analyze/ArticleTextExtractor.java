package org.gloss.analyze;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import org.gloss.core.CompactText;
import org.gloss.ingest.Article;

/**
 * Splits an article's Markdown into plain-text blocks with Flexmark, so analysis sees the words a
 * reader sees (no Markdown syntax, link text without URLs).
 */
public final class ArticleTextExtractor {

    private final Parser parser = Parser.builder().build();

    public ArticleText extract(Article article) {
        return extract(article.id(), article.markdown());
    }

    /**
     * The blocks of {@code markdown}: each held as its place in {@code markdown} when its text is
     * printed there as it is (most paragraphs are), else as a string of its own.
     */
    public ArticleText extract(String articleId, String markdown) {
        return extract(articleId, CompactText.of(markdown));
    }

    /** As {@link #extract(String, String)}; the text made keeps {@code source} itself as its source. */
    public ArticleText extract(String articleId, CompactText source) {
        String markdown = source.toString();
        Node doc = parser.parse(markdown);
        ArticleText.Layout.Builder blocks = new ArticleText.Layout.Builder();
        NodeVisitor visitor = new NodeVisitor(
                new VisitHandler<>(Paragraph.class, p -> add(blocks, Block.Kind.PARAGRAPH, p, markdown)),
                new VisitHandler<>(Heading.class, h -> add(blocks, Block.Kind.HEADING, h, markdown)));
        visitor.visit(doc);
        return new ArticleText(articleId, source, blocks.build());
    }

    private static void add(ArticleText.Layout.Builder blocks, Block.Kind kind, Node node, String markdown) {
        String text = collapse(new TextCollectingVisitor().collectAndGetText(node));
        int at = printedAt(markdown, text, node.getStartOffset(), node.getEndOffset());
        if (at >= 0) {
            blocks.inSource(kind, at, at + text.length());
        } else {
            blocks.own(kind, text);
        }
    }

    /**
     * Where {@code text} is printed as it is within {@code from..to} of {@code markdown} (a block's
     * Markdown, which may open with its marker: {@code #}, {@code >}, a list item's), or -1.
     */
    static int printedAt(String markdown, String text, int from, int to) {
        if (text.isEmpty() || from < 0 || to > markdown.length()) {
            return -1;
        }
        char first = text.charAt(0);
        for (int at = from, last = to - text.length(); at <= last; at++) {
            if (markdown.charAt(at) == first && markdown.startsWith(text, at)) {
                return at;
            }
        }
        return -1;
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
