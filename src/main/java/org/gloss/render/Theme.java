package org.gloss.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.ingest.InputFolder;

/**
 * The Pebble templates and static assets pages are made with. A user's templates folder overrides
 * the built-in theme file by file: a template or asset missing there comes from the jar.
 * Auto-escaping and strict variables are on, so content can never inject markup and a typo in a
 * template is an error, not an empty string. A theme is an input like the content: its files are
 * read only through its folder's {@link InputFolder} guard, so a link to a secret is never read.
 */
public final class Theme {

    private static final String BUILT_IN = "theme";
    private static final int PAGE_CHARS = 16 * 1024;

    private final PebbleEngine engine;
    private final Path dir;
    private final List<Problem> problems;
    /** Each language's messages, read once per theme: every page of a build shares them. */
    private final Map<String, Messages> messages;
    /**
     * Each mark template's compiled equivalent, looked for once per theme (a changed template loads
     * the theme again): present only if this theme's source is the one it was written from.
     */
    private final Map<String, Optional<CompiledMark>> compiledMarks = new ConcurrentHashMap<>();

    private Theme(PebbleEngine engine, Path dir, List<Problem> problems, Map<String, Messages> messages) {
        this.engine = engine;
        this.dir = dir;
        this.problems = List.copyOf(problems);
        this.messages = messages;
    }

    /** A theme from {@code dir} (may be null or missing) with the built-in theme behind it. */
    public static Theme load(Path dir) {
        List<Loader<?>> loaders = new ArrayList<>();
        boolean userTheme = dir != null && Files.isDirectory(dir);
        Map<String, Messages> messages = new ConcurrentHashMap<>();
        MessagesExtension.Lookup lookup = language -> messages.computeIfAbsent(
                language == null ? Messages.ENGLISH : language, l -> Messages.load(l, userTheme ? dir : null));
        if (userTheme) {
            loaders.add(new GuardedFileLoader(dir));
        }
        ClasspathLoader classpath = new ClasspathLoader(Theme.class.getClassLoader());
        classpath.setPrefix(BUILT_IN);
        loaders.add(classpath);
        // A piece rendered outside a mark template has no render's memo: the engine renders it
        // (set once the engine exists; the function runs only after).
        PebbleEngine[] built = new PebbleEngine[1];
        MarkPieceExtension pieces = new MarkPieceExtension((template, vars, site) -> {
            Map<String, Object> context = new java.util.HashMap<>(vars);
            context.put("site", site);
            StringWriter out = new StringWriter(256);
            try {
                built[0].getTemplate(template).evaluate(out, context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString().strip();
        });
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                // Replaces the built-in strategy of the same name (same output, see MarkupEscaper),
                // so auto-escaping and an explicit | escape both use it.
                .addEscapingStrategy("html", new MarkupEscaper())
                .strictVariables(true)
                .extension(new MessagesExtension(lookup))
                .extension(pieces)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
        built[0] = engine;
        return new Theme(engine, userTheme ? dir : null,
                userTheme ? InputFolder.templates(dir).refusedUnder(dir) : List.of(), messages);
    }

    /**
     * The interface strings of {@code language} (a BCP 47 tag; null is English): the theme's
     * {@code messages/TAG.properties}, falling back to the built-in theme's and then to English.
     */
    public Messages messages(String language) {
        return messages.computeIfAbsent(language == null ? Messages.ENGLISH : language,
                l -> Messages.load(l, dir));
    }

    /** The theme's files that were not read (links leading outside it, special files), each naming the file. */
    public List<Problem> problems() {
        return problems;
    }

    /** Renders template {@code name} (e.g. {@code article.peb}) with {@code context}. */
    public String render(String name, Map<String, Object> context) {
        // Pages run from a few KB to MBs; starting near the smallest saves most of the copies
        // a 16-character default makes as the page grows.
        return render(name, context, PAGE_CHARS);
    }

    /** As {@link #render(String, Map)}, into a buffer sized for {@code chars} characters. */
    String render(String name, Map<String, Object> context, int chars) {
        StringWriter out = new StringWriter(chars);
        evaluate(template(name), name, context, out);
        return out.toString();
    }

    /**
     * Template {@code name}, compiled (and kept by Pebble's cache): for a caller that renders it
     * many times and keeps it, so that each render skips the cache's lookup by loader keys.
     */
    PebbleTemplate template(String name) {
        try {
            return engine.getTemplate(name);
        } catch (PebbleException e) {
            throw problem(name, e);
        }
    }

    /**
     * Template {@code name} compiled ahead of time ({@link CompiledMarks}), if this theme's source
     * for it is byte for byte the one the compiled template writes the output of; else null, and
     * Pebble renders it.
     */
    CompiledMark compiledMark(String name) {
        Optional<CompiledMark> m = compiledMarks.get(name);
        if (m == null) {
            m = compiledMarks.computeIfAbsent(name, n -> Optional.ofNullable(CompiledMarks.of(n, source(n))));
        }
        return m.orElse(null);
    }

    /** The text template {@code name} is compiled from (the user's file, else the built-in one), or null if there is none. */
    String source(String name) {
        return read(engine.getLoader(), name);
    }

    /** What {@code loader} gives for {@code name}, as Pebble reads it to compile it. */
    private static <K> String read(Loader<K> loader, String name) {
        StringWriter text = new StringWriter(2048);
        try (Reader in = loader.getReader(loader.createCacheKey(name))) {
            in.transferTo(text);
        } catch (PebbleException | IOException e) {
            return null;
        }
        return text.toString();
    }

    /** Renders {@code template} (named {@code name}) with {@code context} into {@code out}. */
    static void evaluate(PebbleTemplate template, String name, Map<String, Object> context, Writer out) {
        try {
            template.evaluate(out, context);
        } catch (PebbleException e) {
            throw problem(name, e);
        } catch (IOException e) {
            throw new BuildException(Problem.error("template " + name, e.getMessage()), e);
        }
    }

    private static BuildException problem(String name, PebbleException e) {
        String file = e.getFileName() == null ? name : e.getFileName();
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        return new BuildException(Problem.error("template " + file, line, 0, e.getPebbleMessage()), e);
    }

    /** Every file under the theme's {@code assets/} folder, by path relative to it; user files win. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new TreeMap<>();
        readAssets(builtInAssets(), null, assets);
        if (dir != null) {
            readAssets(dir.resolve("assets"), InputFolder.templates(dir), assets);
        }
        return assets;
    }

    /** Reads every file under {@code root}; a user's theme only what its {@code guard} allows. */
    private static void readAssets(Path root, InputFolder guard, Map<String, byte[]> into) {
        if (root == null || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            // Files.walk does not follow links into folders; the guard decides about links to files.
            List<Path> readable = guard == null ? files.filter(Files::isRegularFile).toList()
                    : files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                            .flatMap(p -> guard.readable(p, new ArrayList<>()).stream()).toList();
            for (Path p : readable.stream().sorted().toList()) {
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
