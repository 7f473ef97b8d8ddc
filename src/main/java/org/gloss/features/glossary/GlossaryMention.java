package org.gloss.features.glossary;

import org.gloss.analyze.Span;

/**
 * One place an article mentions a glossary term: the entry's term, where, and the words as
 * printed. {@code first} marks the first mention of the term in that article.
 */
public record GlossaryMention(String term, String articleId, Span span, String text, boolean first) {
}
