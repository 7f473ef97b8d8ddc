package org.gloss.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleFormatException;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.ArticleMarkdownWriter;
import org.gloss.publish.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gloss convert}: shows (or writes) the Markdown an article converts to. Written files are
 * new ones only: an existing file, the input itself included, is never overwritten. Written beside
 * its source (into the articles folder, to take an article over by hand), the source and its
 * sidecar are renamed {@code NAME.EXT.orig}, so the article is not built twice.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Print the Markdown with front matter that each FILE converts to.")
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files (.txt, .html, .md).")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = {"Write NAME.md files into DIR instead of printing (never over an existing file).",
                "A source in DIR itself (and its NAME.yml) is then renamed NAME.EXT.orig, which the build ignores."})
    Path out;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder whose furniture.yml adds patterns to drop (default: ${DEFAULT-VALUE}).")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ArticleIngester ingester;
        try {
            if (out != null && !inside(out, content.resolve("articles"))) {
                // The articles folder is where a conversion is meant to go (an article taken over
                // by hand); anywhere else in the content, or above it, stays refused.
                OutputGuard.forInputs(content, null).check(out);
            }
            ingester = ArticleIngester.forContent(content);
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        int failures = 0;
        Map<Path, List<Converted>> byTarget = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                Article a = ingester.convert(file);
                String md = ArticleMarkdownWriter.write(a);
                if (out == null) {
                    stdout.print(md);
                    stdout.flush();
                } else {
                    Path target = out.resolve(a.id() + ".md");
                    byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(new Converted(file, md));
                }
            } catch (ArticleFormatException e) {
                err.println(Problem.error(file.toString(), e.line(), e.column(), e.getMessage()));
                failures++;
            } catch (IOException e) {
                err.println(Problem.error(file.toString(), "cannot read: " + e.getMessage()));
                failures++;
            }
        }
        for (Map.Entry<Path, List<Converted>> e : byTarget.entrySet()) {
            failures += write(e.getKey(), e.getValue(), stdout, err);
        }
        return failures == 0 ? 0 : 1;
    }

    /**
     * Writes {@code target} when exactly one input converts to it and no file is there yet (so
     * never the input itself, nor a file edited by hand); returns how many inputs failed.
     */
    private static int write(Path target, List<Converted> sources, PrintWriter stdout, PrintWriter err) {
        if (sources.size() > 1) {
            String all = sources.stream().map(c -> c.source().toString()).collect(Collectors.joining(", "));
            for (Converted c : sources) {
                err.println(c.source() + ": error: " + all + " all convert to " + target
                        + "; none was written (convert them into different folders, or give one a slug)");
            }
            return sources.size();
        }
        Converted c = sources.get(0);
        try {
            Files.createDirectories(target.getParent());
            // CREATE_NEW: the check and the write are one step, so nothing can slip in between.
            List<Path> aside = inSameFolder(target, c.source()) ? withSidecar(c.source()) : List.of();
            for (Path p : aside) {
                if (Files.exists(original(p), LinkOption.NOFOLLOW_LINKS)) {
                    err.println(c.source() + ": error: " + original(p) + " exists, so " + p
                            + " cannot be moved aside; " + target + " not written");
                    return 1;
                }
            }
            Files.writeString(target, c.markdown(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            stdout.println("Wrote " + target);
            if (!aside.isEmpty()) {
                return moveAside(aside, target, stdout, err);
            }
            return 0;
        } catch (FileAlreadyExistsException e) {
            boolean self = isSameFile(target, c.source());
            err.println(c.source() + ": error: " + target + " exists"
                    + (self ? " and is the file being converted" : "") + "; not overwritten");
            return 1;
        } catch (IOException e) {
            err.println(c.source() + ": error: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * Renames a source that its conversion now stands beside to {@code NAME.EXT.orig} (and its
     * sidecar, whose fields the conversion's front matter holds and which would otherwise keep
     * overriding the hand edits): the build ignores such files, so the article is built once, from
     * the Markdown, and nothing is lost. Undone by renaming them back.
     */
    private static int moveAside(List<Path> aside, Path target, PrintWriter stdout, PrintWriter err) {
        List<Path> moved = new ArrayList<>();
        try {
            for (Path p : aside) {
                Files.move(p, original(p)); // no REPLACE_EXISTING: never over another file
                moved.add(p);
            }
        } catch (IOException e) {
            err.println(aside.get(0) + ": error: cannot rename it to " + original(aside.get(0)).getFileName() + " ("
                    + e + "); " + target + " removed again, so the article is not built twice");
            try {
                for (Path p : moved) {
                    Files.move(original(p), p);
                }
                Files.deleteIfExists(target);
            } catch (IOException again) {
                err.println(target + ": error: cannot undo: " + again.getMessage());
            }
            return 1;
        }
        stdout.println("Moved " + aside.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                + " aside to " + aside.stream().map(p -> original(p).getFileName().toString())
                .collect(Collectors.joining(", ")) + ", which the build ignores: the article is built from "
                + target.getFileName() + " alone");
        return 0;
    }

    private static Path original(Path p) {
        return p.resolveSibling(p.getFileName() + ArticleIngester.ORIGINAL_SUFFIX);
    }

    /** {@code source} and its sidecar {@code NAME.yml} (or {@code .yaml}), when there is one. */
    private static List<Path> withSidecar(Path source) {
        List<Path> files = new ArrayList<>(List.of(source));
        String name = source.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        for (String ext : new String[] {".yml", ".yaml"}) {
            Path sidecar = source.resolveSibling(base + ext);
            if (Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
                files.add(sidecar);
                break;
            }
        }
        return files;
    }

    /** Whether {@code target} is written into the very folder {@code source} is in (links resolved). */
    private static boolean inSameFolder(Path target, Path source) {
        try {
            Path parent = source.toAbsolutePath().getParent();
            return parent != null && Files.isSameFile(target.toAbsolutePath().getParent(), parent)
                    && !isSameFile(target, source);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code path} is {@code folder} or inside it, where each really leads. */
    private static boolean inside(Path path, Path folder) {
        return real(path).startsWith(real(folder));
    }

    /** The nearest existing ancestor with its links resolved, plus the rest of the path. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        for (Path a = abs; a != null; a = a.getParent()) {
            try {
                return a.toRealPath().resolve(a.relativize(abs));
            } catch (IOException e) {
                // Not there (yet): try its parent.
            }
        }
        return abs;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** One input and the Markdown it converted to. */
    private record Converted(Path source, String markdown) {
    }
}
