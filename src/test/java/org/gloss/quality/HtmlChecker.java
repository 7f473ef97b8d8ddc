package org.gloss.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu HTML Checker, run in-process: the errors (not warnings) it finds in one page. */
final class HtmlChecker {

    private final EmbeddedValidator validator = new EmbeddedValidator();

    HtmlChecker() {
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
    }

    /** Each error as {@code line:column: message}; empty when the page is valid. */
    List<String> errors(Path page) {
        try {
            JsonNode messages = new ObjectMapper().readTree(validator.validate(page)).path("messages");
            List<String> errors = new ArrayList<>();
            for (JsonNode m : messages) {
                String type = m.path("type").asText();
                boolean fatal = "non-document-error".equals(type) || "fatal".equals(m.path("subType").asText());
                if ("error".equals(type) || fatal) {
                    errors.add(m.path("lastLine").asText("?") + ":" + m.path("firstColumn").asText("?") + ": "
                            + m.path("message").asText() + " «" + m.path("extract").asText().strip() + "»");
                }
            }
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker could not check " + page + ": " + e, e);
        }
    }
}
