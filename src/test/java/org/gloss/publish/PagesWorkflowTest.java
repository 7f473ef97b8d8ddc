package org.gloss.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Pages workflow is valid YAML, runs on main, builds with the README's command and deploys
 * site/ only after CI's tests pass; CI runs {@code .ci/run} on every push and pull request.
 */
class PagesWorkflowTest {

    @SuppressWarnings("unchecked")
    @Test
    void workflowBuildsWithTheReadmeCommandAndDeploysTheSite() throws IOException {
        Map<String, Object> wf = workflow("pages.yml");
        Map<String, Object> on = (Map<String, Object>) wf.get("on");
        assertEquals(List.of("main"), ((Map<String, Object>) on.get("push")).get("branches"));
        Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object job : jobs.values()) {
            // A job that calls another workflow has no steps of its own.
            steps.addAll((List<Map<String, Object>>) ((Map<String, Object>) job).getOrDefault("steps", List.of()));
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

    @SuppressWarnings("unchecked")
    @Test
    void theDeployWaitsForTheTestsOfTheSameRun() throws IOException {
        Map<String, Object> jobs = (Map<String, Object>) workflow("pages.yml").get("jobs");
        String deploy = jobs.entrySet().stream()
                .filter(j -> String.valueOf(((Map<String, Object>) j.getValue()).get("steps")).contains("actions/deploy-pages"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Set<String> before = prerequisites(jobs, deploy);
        assertTrue(before.stream().anyMatch(j -> "./.github/workflows/ci.yml".equals(((Map<String, Object>) jobs.get(j)).get("uses"))),
                "the deploy job '" + deploy + "' needs " + before + ", none of which runs ci.yml");
    }

    @SuppressWarnings("unchecked")
    @Test
    void ciRunsTheTestsOnEveryPushAndPullRequestAndForPages() throws IOException {
        Map<String, Object> ci = workflow("ci.yml");
        Map<String, Object> on = (Map<String, Object>) ci.get("on");
        assertEquals(Set.of("push", "pull_request", "workflow_call"), on.keySet());
        for (String event : on.keySet()) {
            assertNull(on.get(event), event + " is limited (to branches or paths): every one must run the tests");
        }
        List<String> runs = new ArrayList<>();
        for (Object job : ((Map<String, Object>) ci.get("jobs")).values()) {
            for (Map<String, Object> step : (List<Map<String, Object>>) ((Map<String, Object>) job).get("steps")) {
                runs.add(String.valueOf(step.get("run")).strip());
            }
        }
        assertTrue(runs.contains("bash .ci/run"), runs.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow(String name) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of(".github/workflows", name)));
    }

    /** Every job {@code job} waits for, directly or through the jobs it needs. */
    @SuppressWarnings("unchecked")
    private static Set<String> prerequisites(Map<String, Object> jobs, String job) {
        Object needs = ((Map<String, Object>) jobs.get(job)).get("needs");
        List<String> direct = needs == null ? List.of() : needs instanceof List<?> l ? (List<String>) l : List.of((String) needs);
        Set<String> all = new TreeSet<>(direct);
        direct.forEach(d -> all.addAll(prerequisites(jobs, d)));
        return all;
    }

    /** The first command of the README's first code block, without its comment. */
    static String readmeBuildCommand() throws IOException {
        Matcher m = Pattern.compile("```sh\\n([^\\n]*)").matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README opens with a sh code block");
        return m.group(1).replaceAll("\\s+#.*$", "").strip();
    }
}
