package org.gloss.features.glossary;

import java.util.List;

/** The site's glossary and every mention of its terms, in article order. */
public record GlossaryFindings(Glossary glossary, List<GlossaryMention> mentions) {

    public GlossaryFindings {
        mentions = List.copyOf(mentions);
    }
}
