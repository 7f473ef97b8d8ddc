package org.gloss.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gloss new DIR}: a content-only project a teacher can push as it is — settings with every
 * key explained, a starter glossary, one example article of each kind, a note on overriding the
 * theme, a {@code .gitignore}, and a GitHub Pages workflow that fetches this very Gloss release
 * (checksum checked), builds, checks the links and publishes.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start a reader in DIR: content/ (site.yml, glossary.yml, three example articles and a sidecar),",
                "templates/README.md, .gitignore and .github/workflows/pages.yml. DIR must not exist or be empty."})
public final class NewCommand implements Callable<Integer> {

    /**
     * The starter's files, as they lie in the jar under {@code starter/}; each goes to the same
     * path in the project, but for a leading {@code gitignore} or {@code github/}, which get their
     * dot there (a jar's resources hold no dotted names: build tools leave them out).
     */
    private static final List<String> FILES = List.of("README.md", "gitignore", "github/workflows/pages.yml",
            "content/site.yml", "content/glossary.yml", "content/articles/council-meeting.md",
            "content/articles/campaigners.txt", "content/articles/campaigners.yml",
            "content/articles/regional-news.html", "templates/README.md");

    @Parameters(paramLabel = "DIR", description = "Folder to create.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            err.println("gloss new: " + dir + " already exists and is not an empty folder; name a new one");
            return 1;
        }
        Release release = Release.current();
        for (String f : FILES) {
            String text = read("starter/" + f).replace("${version}", release.version())
                    .replace("${repository}", release.repository());
            Path target = dir.resolve(f.startsWith("gitignore") || f.startsWith("github/") ? "." + f : f);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Started a reader in %s. Next:%n", dir);
        out.printf("  cd %s && java -jar gloss.jar serve      # preview, rebuilt on every save%n", dir);
        out.println("  add articles to content/articles/, terms to content/glossary.yml, then push to GitHub");
        if (!release.known()) {
            err.println("gloss new: note: this Gloss is a local build, not a release; set GLOSS_VERSION and"
                    + " GLOSS_REPOSITORY in .github/workflows/pages.yml to a released Gloss before publishing");
        }
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = NewCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the starter file " + resource + " is missing from this build of Gloss");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Which Gloss release this is, and where it is published, from the jar's manifest. */
    record Release(String version, String repository) {

        static final String UNKNOWN_VERSION = "VERSION";
        static final String UNKNOWN_REPOSITORY = "OWNER/REPOSITORY";

        boolean known() {
            return !version.equals(UNKNOWN_VERSION) && !repository.equals(UNKNOWN_REPOSITORY);
        }

        static Release current() {
            String version = Main.class.getPackage().getImplementationVersion();
            String repository = null;
            // The manifest of the jar Gloss runs from (the class path may hold others first).
            try (JarFile jar = new JarFile(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).toFile())) {
                Manifest manifest = jar.getManifest();
                repository = manifest == null ? null : manifest.getMainAttributes().getValue("Gloss-Repository");
            } catch (IOException | URISyntaxException | RuntimeException e) {
                repository = null; // run from classes (a development build), not from a jar
            }
            return new Release(version == null || version.isBlank() ? UNKNOWN_VERSION : version,
                    repository == null || repository.isBlank() ? UNKNOWN_REPOSITORY : repository);
        }
    }
}
