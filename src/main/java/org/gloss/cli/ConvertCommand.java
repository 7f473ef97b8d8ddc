package org.gloss.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
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
 * new ones only: an existing file, the input itself included, is never overwritten.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Print the Markdown with front matter that each FILE converts to.")
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files (.txt, .html, .md).")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Write NAME.md files into DIR instead of printing (never over an existing file).")
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
            if (out != null) {
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
            Files.writeString(target, c.markdown(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            stdout.println("Wrote " + target);
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
