package org.gloss.render;

import java.util.Map;
import org.gloss.analyze.Span;

/**
 * One annotation in the print form of an article (the packet): a small mark after the words in
 * {@code span}, made by {@code markTemplate}, and an entry in the article's notes list, made by
 * {@code noteTemplate}; both get {@code data} and the note's {@code number}.
 */
public record PrintNote(Span span, String markTemplate, String noteTemplate, Map<String, Object> data) {
}
