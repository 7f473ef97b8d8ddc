package org.gloss;

import java.util.List;
import org.gloss.features.Feature;
import org.gloss.features.glossary.GlossaryFeature;
import org.gloss.features.passages.PassagesFeature;
import org.gloss.features.quotations.QuotationsFeature;

/**
 * The features every build runs, in order: the one place a feature is registered (a feature is
 * one package under {@code org.gloss.features} implementing {@link Feature}). The order is
 * the order of analysis (shared passages read the quotations found before them), of the marks
 * handed to the weaver, and of the sections of {@code annotations.json}.
 */
public final class Features {

    private static final List<Feature> ALL = List.of(new QuotationsFeature(), new PassagesFeature(),
            new GlossaryFeature());

    private Features() {
    }

    /** Every feature, in order. */
    public static List<Feature> all() {
        return ALL;
    }
}
