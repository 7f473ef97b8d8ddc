package org.gloss.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.gloss.core.BuildException;
import org.gloss.core.ProblemContract;

/**
 * Fuzzes the site's own files: {@code site.yml}, and {@code furniture.yml} with its patterns then
 * applied to lines (a pattern that backtracks must be stopped by its budget, not hang). Any bytes
 * give settings, or a format error or build problem with a sane position, never another
 * exception. (The pom turns off Jazzer's regex-injection hook: compiling these patterns is the
 * feature.) Seeds: {@code src/test/resources/org/gloss/ingest/SiteFilesFuzzTestInputs/}.
 */
class SiteFilesFuzzTest {

    private static final String[] LINES = {"Share on Facebook | Share on Twitter | Email", "3 min read",
        "A banana, a papaya and a mango salad was sold at a cafe on a plaza as a snack all day, said staff.",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"};

    @FuzzTest(maxDuration = "10m")
    void siteConfig(byte[] input) {
        try {
            SiteConfig c = SiteConfigReader.parse(TextDecoder.decode(input), "site.yml");
            if (c.title() == null || c.language() == null) {
                throw new AssertionError("settings without their defaults: " + c);
            }
        } catch (ArticleFormatException expected) {
            FuzzChecks.positionIsSane(expected);
        } catch (BuildException expected) {
            ProblemContract.check(expected, "site.yml");
        }
    }

    @FuzzTest(maxDuration = "10m")
    void furniture(byte[] input) {
        String text = TextDecoder.decode(input);
        FurnitureRules rules;
        try {
            rules = FurnitureRules.parse(text, null);
        } catch (ArticleFormatException expected) {
            FuzzChecks.positionIsSane(expected);
            return;
        }
        for (String line : LINES) {
            rules.isFurniture(line);
            rules.isHtmlNoise(line);
        }
        for (String line : new String(input, StandardCharsets.UTF_8).lines().limit(50).toList()) {
            rules.isFurniture(line);
        }
    }
}
