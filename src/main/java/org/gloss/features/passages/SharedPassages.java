package org.gloss.features.passages;

import java.util.List;

/** Every passage an article shares with others, in article and sentence order. */
public record SharedPassages(List<SharedPassage> passages) {

    public SharedPassages {
        passages = List.copyOf(passages);
    }
}
