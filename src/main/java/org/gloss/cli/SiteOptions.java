package org.gloss.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gloss.publish.OutputGuard;
import picocli.CommandLine.Option;

/** The options every command that reads content shares: where the content and templates are. */
public final class SiteOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates folder (default: templates, else the built-in theme).")
    Path templates;

    /** The guard every command checks its output with before writing it. */
    OutputGuard outputGuard() {
        return OutputGuard.forInputs(content, templates());
    }

    /** The templates folder to use, or null for the built-in theme alone. */
    Path templates() {
        if (templates != null) {
            return templates;
        }
        Path dflt = Path.of("templates");
        return Files.isDirectory(dflt) ? dflt : null;
    }
}
