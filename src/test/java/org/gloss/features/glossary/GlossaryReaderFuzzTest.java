package org.gloss.features.glossary;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.core.ProblemContract;
import org.gloss.ingest.TextDecoder;

/**
 * Fuzzes the glossary reader: any bytes are a glossary or a {@link BuildException} whose every
 * problem names the file with a sane position, never another exception (a bad tag threw
 * IllegalArgumentException and deep nesting a StackOverflowError, ending {@code serve}). Seeds:
 * {@code src/test/resources/org/gloss/analyze/GlossaryReaderFuzzTestInputs/parse/}.
 */
class GlossaryReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        try {
            Glossary g = GlossaryReader.parse(TextDecoder.decode(input), "glossary.yml");
            for (Problem w : g.warnings()) {
                ProblemContract.check(w, "glossary.yml");
            }
            for (GlossaryEntry e : g.entries()) {
                if (e.term() == null || e.term().isBlank()) {
                    throw new AssertionError("an entry without a term: " + e);
                }
            }
            new GlossaryMatcher(g);
        } catch (BuildException expected) {
            ProblemContract.check(expected, "glossary.yml");
        }
    }
}
