package org.gloss.features.passages;

import java.util.List;

/** One article's unquoted sentences long enough to be compared for shared copy, in reading order. */
record ArticleSentences(List<PassageSentence> sentences) {

    public ArticleSentences {
        sentences = List.copyOf(sentences);
    }
}
