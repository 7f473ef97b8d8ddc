package org.gloss.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether browser tests run. In CI they always run (a missing browser fails them, as it
 * should); on a developer's machine they are skipped, with a loud message, when Chromium is not
 * installed or when {@code -Dgloss.browser=skip} is given.
 */
final class BrowserRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.inCi()) {
            return ConditionEvaluationResult.enabled("CI: browser tests always run");
        }
        String reason = null;
        if ("skip".equals(System.getProperty("gloss.browser"))) {
            reason = "-Dgloss.browser=skip was given";
        } else if (!Files.isExecutable(Path.of(Browser.chromium())) || !Files.isExecutable(Path.of(Browser.chromedriver()))) {
            reason = "no " + Browser.chromium() + " or " + Browser.chromedriver()
                    + " (apt-get install chromium chromium-driver)";
        }
        if (reason == null) {
            return ConditionEvaluationResult.enabled("Chromium found");
        }
        if (context.getTestMethod().isEmpty()) {
            System.err.println("*** SKIPPING BROWSER TESTS in " + context.getDisplayName() + ": " + reason + " ***");
        }
        return ConditionEvaluationResult.disabled("browser tests skipped: " + reason);
    }
}
