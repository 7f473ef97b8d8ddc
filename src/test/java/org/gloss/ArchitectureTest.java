package org.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering docs/ARCHITECTURE.md promises, read from the main sources' imports: each package
 * uses only the layers below it (core ← ingest ← analyze ← render ← features ← publish ← the
 * pipeline ← cli), the phases never name a feature, and no package depends on itself through
 * others.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/gloss");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?(org\\.gloss\\.[\\w.]+);");
    private static final List<String> LAYERS = List.of("core", "ingest", "analyze", "render", "features",
            "publish", "", "cli");

    /** Each main package and the other main packages its files import. */
    private static final Map<String, Set<String>> uses = new TreeMap<>();

    @BeforeAll
    static void readImports() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher pkg = PACKAGE.matcher(src);
                assertTrue(pkg.find(), f.toString());
                Set<String> used = uses.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher imp = IMPORT.matcher(src);
                while (imp.find()) {
                    String p = packageOf(imp.group(1));
                    if (!p.equals(pkg.group(1))) {
                        used.add(p);
                    }
                }
            }
        }
        assertTrue(uses.size() > 8, "the main sources were found: " + uses.keySet());
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() {
        List<String> wrong = new ArrayList<>();
        uses.forEach((pkg, used) -> used.forEach(u -> {
            if (layer(u) > layer(pkg) || (layer(u) == layer(pkg) && !sameLayerAllowed(pkg, u))) {
                wrong.add(pkg + " -> " + u);
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(uses.get(start));
            while (!todo.isEmpty()) {
                String p = todo.remove(todo.size() - 1);
                if (p.equals(start)) {
                    cycles.add(start);
                    break;
                }
                if (seen.add(p)) {
                    todo.addAll(uses.getOrDefault(p, Set.of()));
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void theBenchIsNotPartOfTheProduct() {
        assertTrue(uses.keySet().stream().noneMatch(p -> p.startsWith("org.gloss.bench")), uses.keySet().toString());
        uses.forEach((pkg, used) -> assertTrue(used.stream().noneMatch(u -> u.startsWith("org.gloss.bench")), pkg));
    }

    /** A feature may build on the feature SPI and on features registered before it; nothing else shares a layer. */
    private static boolean sameLayerAllowed(String pkg, String used) {
        return pkg.startsWith("org.gloss.features.") && used.startsWith("org.gloss.features");
    }

    private static int layer(String pkg) {
        String rest = pkg.equals("org.gloss") ? "" : pkg.substring("org.gloss.".length());
        String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        int i = LAYERS.indexOf(top);
        assertTrue(i >= 0, "a package outside the layers: " + pkg);
        return i;
    }

    /** The package of a type (or of a type's member, for static imports): the name up to its first capital. */
    private static String packageOf(String name) {
        String[] parts = name.split("\\.");
        StringBuilder p = new StringBuilder();
        for (String part : parts) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            p.append(p.length() == 0 ? "" : ".").append(part);
        }
        return p.toString();
    }
}
