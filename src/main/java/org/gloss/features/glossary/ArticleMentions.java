package org.gloss.features.glossary;

import java.util.List;

/** The glossary terms one article mentions, in reading order. */
record ArticleMentions(List<GlossaryMention> mentions) {

    public ArticleMentions {
        mentions = List.copyOf(mentions);
    }
}
