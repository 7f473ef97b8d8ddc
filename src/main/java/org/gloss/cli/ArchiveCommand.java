package org.gloss.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gloss.Gloss;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;
import org.gloss.publish.ArchiveWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gloss archive}: builds the site and writes it as a zip that works offline. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Build the site and write it as a zip that opens from the file system, offline.")
public final class ArchiveCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "FILE", description = "Zip file to write (default: ${DEFAULT-VALUE}).",
            defaultValue = "gloss-site.zip")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            site.outputGuard().check(out);
            Gloss.Site built = new Gloss(site.content, site.templates()).assembleOffline();
            built.problems().forEach(err::println);
            ArchiveWriter.write(out, ArchiveWriter.folderFor(out), built.files());
            spec.commandLine().getOut().printf("Wrote %s (%d files; open %s/index.html after unzipping)%n",
                    out, built.files().size(), ArchiveWriter.folderFor(out));
            return built.problems().stream().anyMatch(Problem::isError) ? 1 : 0;
        } catch (BuildException e) {
            e.problems().forEach(err::println);
            err.println("Archive failed; " + out + " was not written.");
            return 1;
        }
    }
}
