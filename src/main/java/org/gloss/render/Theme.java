package org.gloss.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gloss.BuildException;
import org.gloss.Problem;

/**
 * The Pebble templates and static assets pages are made with. A user's templates folder overrides
 * the built-in theme file by file: a template or asset missing there comes from the jar.
 * Auto-escaping and strict variables are on, so content can never inject markup and a typo in a
 * template is an error, not an empty string.
 */
public final class Theme {

    private static final String BUILT_IN = "theme";
    private static final int PAGE_CHARS = 16 * 1024;

    private final PebbleEngine engine;
    private final Path dir;

    private Theme(PebbleEngine engine, Path dir) {
        this.engine = engine;
        this.dir = dir;
    }

    /** A theme from {@code dir} (may be null or missing) with the built-in theme behind it. */
    public static Theme load(Path dir) {
        List<Loader<?>> loaders = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
            FileLoader files = new FileLoader(dir.toAbsolutePath().toString());
            loaders.add(files);
        }
        ClasspathLoader classpath = new ClasspathLoader(Theme.class.getClassLoader());
        classpath.setPrefix(BUILT_IN);
        loaders.add(classpath);
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                // Replaces the built-in strategy of the same name (same output, see MarkupEscaper),
                // so auto-escaping and an explicit | escape both use it.
                .addEscapingStrategy("html", new MarkupEscaper())
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
        return new Theme(engine, dir != null && Files.isDirectory(dir) ? dir : null);
    }

    /** Renders template {@code name} (e.g. {@code article.peb}) with {@code context}. */
    public String render(String name, Map<String, Object> context) {
        try {
            // Pages run from a few KB to MBs; starting near the smallest saves most of the copies
            // a 16-character default makes as the page grows.
            StringWriter out = new StringWriter(PAGE_CHARS);
            engine.getTemplate(name).evaluate(out, context);
            return out.toString();
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new BuildException(Problem.error("template " + file, line, 0, e.getPebbleMessage()), e);
        } catch (IOException e) {
            throw new BuildException(Problem.error("template " + name, e.getMessage()), e);
        }
    }

    /** Every file under the theme's {@code assets/} folder, by path relative to it; user files win. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new TreeMap<>();
        readAssets(builtInAssets(), assets);
        if (dir != null) {
            readAssets(dir.resolve("assets"), assets);
        }
        return assets;
    }

    private static void readAssets(Path root, Map<String, byte[]> into) {
        if (root == null || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                into.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path builtInAssets() {
        try {
            var url = Theme.class.getClassLoader().getResource(BUILT_IN + "/assets");
            if (url == null) {
                return null;
            }
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return fs.getPath(BUILT_IN, "assets");
        } catch (URISyntaxException | IOException e) {
            throw new BuildException(Problem.error("built-in theme", "cannot read assets: " + e.getMessage()), e);
        }
    }
}
