package org.gloss.features.glossary;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gloss.analyze.ArticleTextExtractor;
import org.gloss.analyze.Block;

/**
 * Finds which characters of an article's text blocks are inline code, where a glossary term must
 * not be marked. It blanks the code in the Markdown with a placeholder of the same length and
 * extracts the blocks again: the placeholders then sit exactly where the code is in the real text.
 */
final class CodeText {

    private static final char PLACEHOLDER = '\uE000';

    private final Parser parser = Parser.builder().build();
    private final ArticleTextExtractor extractor = new ArticleTextExtractor();

    /** Block number → offsets that are code; empty when the article has none. */
    Map<Integer, BitSet> in(String markdown) {
        if (markdown.indexOf('`') < 0) {
            return Map.of();
        }
        char[] masked = markdown.toCharArray();
        new NodeVisitor(new VisitHandler<>(Code.class, code -> {
            BasedSequence text = code.getText();
            for (int i = text.getStartOffset(); i < text.getEndOffset(); i++) {
                if (!Character.isWhitespace(masked[i])) {
                    masked[i] = PLACEHOLDER;
                }
            }
        })).visit(parser.parse(markdown));
        Map<Integer, BitSet> out = new HashMap<>();
        List<Block> blocks = extractor.extract("", new String(masked)).blocks();
        for (Block b : blocks) {
            BitSet bits = new BitSet();
            for (int i = b.text().indexOf(PLACEHOLDER); i >= 0; i = b.text().indexOf(PLACEHOLDER, i + 1)) {
                bits.set(i);
            }
            if (!bits.isEmpty()) {
                out.put(b.index(), bits);
            }
        }
        return out;
    }
}
