package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The GitHub Pages workflow is valid YAML, runs on main, builds with the README's command and deploys site/. */
class PagesWorkflowTest {

    @SuppressWarnings("unchecked")
    @Test
    void workflowBuildsWithTheReadmeCommandAndDeploysTheSite() throws IOException {
        Map<String, Object> wf = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of(".github/workflows/pages.yml")));
        Map<String, Object> on = (Map<String, Object>) wf.get("on");
        assertEquals(List.of("main"), ((Map<String, Object>) on.get("push")).get("branches"));
        Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object job : jobs.values()) {
            steps.addAll((List<Map<String, Object>>) ((Map<String, Object>) job).get("steps"));
        }
        List<String> uses = steps.stream().filter(s -> s.containsKey("uses"))
                .map(s -> ((String) s.get("uses")).replaceAll("@.*", "")).toList();
        assertTrue(uses.containsAll(List.of("actions/checkout", "actions/setup-java", "actions/configure-pages",
                "actions/upload-pages-artifact", "actions/deploy-pages")), uses.toString());
        Map<String, Object> java = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java"))
                .findFirst().orElseThrow();
        assertEquals("17", String.valueOf(((Map<String, Object>) java.get("with")).get("java-version")));
        Map<String, Object> upload = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact")).findFirst().orElseThrow();
        assertEquals("site", ((Map<String, Object>) upload.get("with")).get("path"));
        List<String> runs = steps.stream().filter(s -> s.containsKey("run")).map(s -> ((String) s.get("run")).strip()).toList();
        assertTrue(runs.contains(readmeBuildCommand()), runs + " should contain " + readmeBuildCommand());
        Map<String, Object> perms = (Map<String, Object>) wf.get("permissions");
        assertEquals("write", perms.get("pages"));
        assertEquals("write", perms.get("id-token"));
    }

    /** The first command of the README's first code block, without its comment. */
    static String readmeBuildCommand() throws IOException {
        Matcher m = Pattern.compile("```sh\\n([^\\n]*)").matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README opens with a sh code block");
        return m.group(1).replaceAll("\\s+#.*$", "").strip();
    }
}
