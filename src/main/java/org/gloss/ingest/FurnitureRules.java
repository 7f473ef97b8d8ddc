package org.gloss.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gloss.core.MessageText;
import org.gloss.core.Problem;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The pattern list that names page furniture (reading times, share prompts, promos...), kept as
 * data: the built-in {@code ingest/furniture.yml}, plus patterns a site adds in
 * {@code content/furniture.yml}.
 */
final class FurnitureRules {

    private static final String BUILT_IN = "/ingest/furniture.yml";
    /** Furniture is short; a long paragraph is story text whatever words it starts with. */
    private static final int MAX_FURNITURE_CHARS = 220;
    /** A site's own pattern list is short; this is generous. */
    private static final long MAX_BYTES = 1024 * 1024;

    /**
     * Characters a pattern may read to match one line: ordinary patterns read a few times the
     * line, a catastrophically backtracking one millions of times.
     */
    private static final long MATCH_BUDGET = 200_000;
    private static final long MATCH_BUDGET_PER_CHAR = 1_000;

    private final List<Pattern> lines;
    private final Set<String> slowPatterns = ConcurrentHashMap.newKeySet();
    /** Where in the site's furniture.yml each of its patterns stands (built-in ones are not here). */
    private final Map<String, Node> places;
    private final List<Pattern> htmlNoise;

    private FurnitureRules(List<Pattern> lines, List<Pattern> htmlNoise, Map<String, Node> places) {
        this.places = Map.copyOf(places);
        this.lines = List.copyOf(lines);
        this.htmlNoise = List.copyOf(htmlNoise);
    }

    /** The built-in list alone. */
    static FurnitureRules builtIn() {
        try (InputStream in = FurnitureRules.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException | ArticleFormatException e) {
            throw new IllegalStateException("built-in furniture list is broken: " + e.getMessage(), e);
        }
    }

    /** The built-in list plus {@code content/furniture.yml} when the site has one. */
    static FurnitureRules forContent(Path contentDir) throws IOException, ArticleFormatException {
        FurnitureRules base = builtIn();
        Optional<Path> found = SiteFiles.find(contentDir, SiteFiles.FURNITURE);
        if (found.isEmpty()) {
            return base;
        }
        Path extra = found.get();
        return parse(SourceText.readYaml(extra, MAX_BYTES), base);
    }

    /** True when a whole line (link markup already reduced to its text) is page furniture. */
    boolean isFurniture(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_FURNITURE_CHARS) {
            return false;
        }
        if (lines.stream().anyMatch(p -> matches(p, s, true))) {
            return true;
        }
        // "Share on Facebook | Share on Twitter | Email": a bar of items, each of them furniture.
        String[] items = s.split("\\s+[|•·]\\s+");
        return items.length > 1 && Arrays.stream(items).allMatch(i -> lines.stream().anyMatch(p -> matches(p, i, true)));
    }

    /** True when an HTML element's class or id names page furniture (cookie banner, share bar...). */
    boolean isHtmlNoise(String classAndId) {
        return !classAndId.isBlank() && htmlNoise.stream().anyMatch(p -> matches(p, classAndId, false));
    }

    /**
     * A warning for each pattern given up on because it backtracked past its budget on some line
     * (it no longer applies), at its place in the site's {@code file} when it is the site's.
     */
    List<Problem> slowPatternWarnings(String file) {
        List<Problem> warnings = new ArrayList<>();
        for (String p : slowPatterns.stream().sorted().toList()) {
            Node at = places.get(p);
            warnings.add(Problem.warning(file, at == null ? 0 : YamlDocuments.line(at, 0),
                    at == null ? 0 : YamlDocuments.column(at), "pattern '" + MessageText.excerpt(p)
                            + "' backtracks too much on some lines, so it is no longer applied (those lines are"
                            + " kept); simplify it"));
        }
        return warnings;
    }

    /**
     * Matches within a budget of characters read: a pattern that exceeds it counts as not
     * matching (the line is kept, so nothing is lost) and is not tried again.
     */
    private boolean matches(Pattern p, String s, boolean whole) {
        if (slowPatterns.contains(p.pattern())) {
            return false;
        }
        try {
            Matcher m = p.matcher(new BudgetedText(s, MATCH_BUDGET + MATCH_BUDGET_PER_CHAR * s.length()));
            return whole ? m.matches() : m.find();
        } catch (BudgetedText.TooSlow e) {
            slowPatterns.add(p.pattern());
            return false;
        }
    }

    /**
     * The rules {@code yaml} adds to {@code base} (null: none). Every bad pattern is listed in one
     * error, placed at the first.
     */
    static FurnitureRules parse(String yaml, FurnitureRules base) throws ArticleFormatException {
        Map<String, Node> doc = YamlDocuments.fields(yaml, 0);
        List<ArticleFormatException> errors = new ArrayList<>();
        List<Pattern> lines = new ArrayList<>(base == null ? List.of() : base.lines);
        List<Pattern> noise = new ArrayList<>(base == null ? List.of() : base.htmlNoise);
        Map<String, Node> places = new HashMap<>(base == null ? Map.of() : base.places);
        compile(doc.get("lines"), "lines", lines, places, errors);
        compile(doc.get("html_noise"), "html_noise", noise, places, errors);
        if (!errors.isEmpty()) {
            ArticleFormatException first = errors.get(0);
            throw new ArticleFormatException(String.join("; ", errors.stream().map(Throwable::getMessage).toList()),
                    first.line(), first.column());
        }
        return new FurnitureRules(lines, noise, base == null ? Map.of() : places);
    }

    private static void compile(Node list, String key, List<Pattern> into, Map<String, Node> places,
                                List<ArticleFormatException> errors) {
        if (list == null || YamlDocuments.toJava(list) == null) {
            return;
        }
        if (!(list instanceof SequenceNode items)) {
            errors.add(at(list, "'" + key + "' must be a list of patterns"));
            return;
        }
        for (Node item : items.getValue()) {
            String pattern = String.valueOf(YamlDocuments.toJava(item));
            try {
                into.add(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                places.putIfAbsent(pattern, item);
            } catch (PatternSyntaxException e) {
                errors.add(at(item, "'" + key + "': bad pattern " + MessageText.excerpt(pattern) + " ("
                        + e.getDescription() + ")"));
            }
        }
    }

    private static ArticleFormatException at(Node n, String message) {
        return new ArticleFormatException(message, YamlDocuments.line(n, 0), YamlDocuments.column(n));
    }
}
