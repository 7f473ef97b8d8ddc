package org.gloss.render;

import org.gloss.analyze.ArticleText;
import org.gloss.analyze.Block;

/**
 * What a page says about itself when its article has no description (the meta description search
 * engines and link previews show): the first paragraph, cut at a word near 200 characters, as
 * Readability's excerpt and Hugo's summary do. It is never printed as the article's dek, which
 * would repeat paragraph 1.
 */
final class Excerpt {

    static final int LENGTH = 200;

    private Excerpt() {
    }

    /** The excerpt, or null when the article has no paragraph. */
    static String of(ArticleText text) {
        if (text == null) {
            return null;
        }
        for (Block b : text.blocks()) {
            if (b.kind() == Block.Kind.PARAGRAPH && !b.text().isBlank()) {
                return cut(b.text().strip());
            }
        }
        return null;
    }

    static String cut(String s) {
        if (s.length() <= LENGTH) {
            return s;
        }
        int space = s.lastIndexOf(' ', LENGTH);
        return s.substring(0, space > LENGTH / 2 ? space : LENGTH).stripTrailing() + "…";
    }
}
