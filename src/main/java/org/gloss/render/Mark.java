package org.gloss.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gloss.analyze.Span;

/**
 * A request to wrap a range of an article's text in an element: which range, which tag, and
 * which attributes. {@code anchorId} goes on the first piece only, when the range is split
 * across inline elements.
 */
public record Mark(Span span, String tag, Map<String, String> attributes, String anchorId) {
    public Mark {
        // Map.copyOf iterates in an order salted per JVM run; keep the caller's order so the
        // same input gives byte-identical pages in every run.
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
