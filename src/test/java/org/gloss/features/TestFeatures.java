package org.gloss.features;

import java.util.ArrayList;
import java.util.List;
import org.gloss.Features;
import org.gloss.analyze.AnalysisStep;
import org.gloss.analyze.Analyzer;
import org.gloss.features.glossary.Glossary;
import org.gloss.features.glossary.GlossaryFeature;

/** Every registered feature's analysis with a glossary given in code, for tests that have no content folder. */
public final class TestFeatures {

    private TestFeatures() {
    }

    /** The steps a build runs, in the registry's order, with {@code glossary}. */
    public static List<AnalysisStep<?, ?>> steps(Glossary glossary) {
        List<AnalysisStep<?, ?>> steps = new ArrayList<>();
        for (Feature f : Features.all()) {
            steps.add(f instanceof GlossaryFeature ? GlossaryFeature.analysis(glossary)
                    : f.analysis(null, new ArrayList<>()));
        }
        return steps;
    }

    /** An analyzer running {@link #steps}. */
    public static Analyzer analyzer(Glossary glossary) {
        return new Analyzer(steps(glossary));
    }
}
