package org.gloss.features.glossary;

import java.util.Locale;
import org.gloss.ingest.ArticleIds;

/**
 * The fragment ids glossary links point at: a term's entry on the glossary page, and one mention
 * of a term in an article page. Prefixed so they never collide with quotation or block ids.
 */
final class TermAnchors {

    private TermAnchors() {
    }

    /** {@code term-sdf}: the entry of {@code term} on {@code glossary.html}. */
    static String entryId(String term) {
        return "term-" + ArticleIds.slug(term.toLowerCase(Locale.ROOT));
    }

    /** {@code mention-sdf-2}: the {@code n}th (1-based) mention of {@code term} in an article page. */
    static String mentionId(String term, int n) {
        return "mention-" + ArticleIds.slug(term.toLowerCase(Locale.ROOT)) + "-" + n;
    }
}
