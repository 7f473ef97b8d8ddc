package org.gloss.analyze;

import java.util.List;

/**
 * Everything analysis found across the corpus: each article's text blocks, and each feature's
 * linked findings under its {@link ResultKey} (quotations and their clusters, shared passages,
 * glossary mentions...).
 */
public record Annotations(List<ArticleText> texts, Findings linked) {

    public Annotations {
        texts = List.copyOf(texts);
    }

    /** One feature's linked findings. */
    public <T> T get(ResultKey<T> key) {
        return linked.get(key);
    }
}
