package org.gloss.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (from its WebJar) injected into the page the browser shows, run against WCAG 2.1 A and
 * AA. Injection goes through WebDriver, so the pages' Content-Security-Policy does not block it.
 */
final class Axe {

    private static final String RESOURCE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                resultTypes: ['violations'] })
               .then(function (r) { done(JSON.stringify(r.violations)); })
               .catch(function (e) { done(JSON.stringify({ error: String(e) })); });
            """;

    /** One rule broken on the page: its axe id, impact, and a selector of each offending node. */
    record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " at " + targets;
        }
    }

    private final String source;

    Axe() {
        try (InputStream in = Axe.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing from the test classpath: " + RESOURCE);
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every WCAG 2.1 AA violation on the page the browser currently shows. */
    List<Violation> violations(Browser browser) {
        browser.js().executeScript(source + "\nwindow.axe = axe;");
        String json = (String) browser.js().executeAsyncScript(RUN);
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            if (root.has("error")) {
                throw new IllegalStateException("axe failed: " + root.get("error").asText());
            }
            List<Violation> out = new ArrayList<>();
            for (JsonNode v : root) {
                List<String> targets = new ArrayList<>();
                v.get("nodes").forEach(n -> targets.add(n.get("target").toString()));
                out.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.get("help").asText(), targets));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
