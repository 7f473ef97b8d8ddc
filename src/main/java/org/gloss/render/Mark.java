package org.gloss.render;

import java.util.Map;
import org.gloss.analyze.Span;

/**
 * A request to wrap a range of an article's text in an element: which range, which tag, and
 * which attributes. {@code anchorId} goes on the first piece only, when the range is split
 * across inline elements.
 */
public record Mark(Span span, String tag, Map<String, String> attributes, String anchorId) {
    public Mark {
        // Keep the caller's order: Map.copyOf would shuffle attributes between runs,
        // and two builds of the same content must be byte-identical.
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
