package org.gloss.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gloss.MessageText;

/**
 * The pattern list that names page furniture (reading times, share prompts, promos...), kept as
 * data: the built-in {@code ingest/furniture.yml}, plus patterns a site adds in
 * {@code content/furniture.yml}.
 */
public final class FurnitureRules {

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
    private final List<Pattern> htmlNoise;

    private FurnitureRules(List<Pattern> lines, List<Pattern> htmlNoise) {
        this.lines = List.copyOf(lines);
        this.htmlNoise = List.copyOf(htmlNoise);
    }

    /** The built-in list alone. */
    public static FurnitureRules builtIn() {
        try (InputStream in = FurnitureRules.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN, null);
        } catch (IOException | ArticleFormatException e) {
            throw new IllegalStateException("built-in furniture list is broken: " + e.getMessage(), e);
        }
    }

    /** The built-in list plus {@code content/furniture.yml} when the site has one. */
    public static FurnitureRules forContent(Path contentDir) throws IOException, ArticleFormatException {
        FurnitureRules base = builtIn();
        Path extra = contentDir.resolve("furniture.yml");
        if (!Files.isRegularFile(extra)) {
            return base;
        }
        return parse(SourceText.readYaml(extra, MAX_BYTES), extra.toString(), base);
    }

    /** True when a whole line (link markup already reduced to its text) is page furniture. */
    public boolean isFurniture(String line) {
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
    public boolean isHtmlNoise(String classAndId) {
        return !classAndId.isBlank() && htmlNoise.stream().anyMatch(p -> matches(p, classAndId, false));
    }

    /**
     * The patterns given up on because they backtracked past their budget on some line, by
     * pattern text; they no longer apply, and the build warns about each.
     */
    public Set<String> slowPatterns() {
        return Set.copyOf(slowPatterns);
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

    /** The rules {@code yaml} (named {@code name} in errors) adds to {@code base} (null: none). */
    static FurnitureRules parse(String yaml, String name, FurnitureRules base) throws ArticleFormatException {
        Map<String, Object> doc = YamlDocuments.loadMapping(yaml, 0);
        List<String> errors = new ArrayList<>();
        List<Pattern> lines = new ArrayList<>(base == null ? List.of() : base.lines);
        List<Pattern> noise = new ArrayList<>(base == null ? List.of() : base.htmlNoise);
        compile(doc.get("lines"), "lines", lines, errors);
        compile(doc.get("html_noise"), "html_noise", noise, errors);
        if (!errors.isEmpty()) {
            throw new ArticleFormatException(name + ": " + String.join("; ", errors));
        }
        return new FurnitureRules(lines, noise);
    }

    private static void compile(Object list, String key, List<Pattern> into, List<String> errors) {
        if (list == null) {
            return;
        }
        if (!(list instanceof List<?> items)) {
            errors.add("'" + key + "' must be a list of patterns");
            return;
        }
        for (Object item : items) {
            try {
                into.add(Pattern.compile(String.valueOf(item), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                errors.add("'" + key + "': bad pattern " + MessageText.excerpt(String.valueOf(item)) + " ("
                        + e.getDescription() + ")");
            }
        }
    }
}
