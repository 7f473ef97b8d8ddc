package org.gloss.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gloss.BuildException;
import org.gloss.Problem;
import org.gloss.ingest.Article;
import org.gloss.ingest.ArticleFormatException;
import org.gloss.ingest.ArticleIngester;
import org.gloss.ingest.ArticleMarkdownWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gloss convert}: shows (or writes) the Markdown an article converts to. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Print the Markdown with front matter that each FILE converts to.")
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files (.txt, .html, .md).")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Write NAME.md files into DIR instead of printing.")
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
            ingester = ArticleIngester.forContent(content);
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        int failures = 0;
        for (Path file : files) {
            try {
                Article a = ingester.convert(file);
                String md = ArticleMarkdownWriter.write(a);
                if (out == null) {
                    stdout.print(md);
                    stdout.flush();
                } else {
                    Files.createDirectories(out);
                    Files.writeString(out.resolve(a.id() + ".md"), md, StandardCharsets.UTF_8);
                    stdout.println("Wrote " + out.resolve(a.id() + ".md"));
                }
            } catch (ArticleFormatException e) {
                err.println(Problem.error(file.toString(), e.line(), e.column(), e.getMessage()));
                failures++;
            } catch (IOException e) {
                err.println(Problem.error(file.toString(), "cannot read: " + e.getMessage()));
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
