package org.gloss.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.gloss.core.BuildException;
import org.gloss.core.Problem;

/**
 * Refuses an output path that would write into the inputs or wipe what holds them: inside the
 * content or templates folder, or above either, the file-system root or the home folder. Paths are
 * compared where they really lead (the nearest existing ancestor resolved with its symbolic
 * links), so neither {@code ../} nor a link into the articles folder gets round it. Every command
 * that writes (build, serve, packet, archive, convert) checks its output with one of these first.
 */
public final class OutputGuard {

    private final Path content;
    private final Path templates;
    private final Path home;

    OutputGuard(Path content, Path templates, Path home) {
        this.content = resolved(content);
        this.templates = templates == null ? null : resolved(templates);
        this.home = home == null ? null : resolved(home);
    }

    /** A guard for these inputs ({@code templates} null for the built-in theme) and the user's home. */
    public static OutputGuard forInputs(Path content, Path templates) {
        String home = System.getProperty("user.home");
        return new OutputGuard(content, templates, home == null || home.isEmpty() ? null : Path.of(home));
    }

    /**
     * Checks {@code out}, a folder or a file to be written.
     *
     * @throws BuildException naming {@code out} and why, when it may not be written
     */
    public void check(Path out) {
        Path o = resolved(out);
        if (o.getParent() == null) {
            throw refuse(out, "it is the file-system root");
        }
        if (home != null && home.startsWith(o)) {
            throw refuse(out, "it is, or holds, your home folder");
        }
        checkAgainst(out, o, content, "content");
        if (templates != null) {
            checkAgainst(out, o, templates, "templates");
        }
    }

    private static void checkAgainst(Path out, Path o, Path input, String name) {
        if (o.startsWith(input)) {
            throw refuse(out, "it is inside the " + name + " folder " + input
                    + ", which would read it back as input; write it beside that folder instead");
        }
        if (input.startsWith(o)) {
            throw refuse(out, "it is, or holds, the " + name + " folder " + input);
        }
    }

    /** Where {@code p} really leads: its nearest existing ancestor with links resolved, plus the rest. */
    static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        for (Path a = abs; a != null; a = a.getParent()) {
            try {
                return a.toRealPath().resolve(a.relativize(abs));
            } catch (IOException e) {
                // Not there (yet), or a broken link: try its parent.
            }
        }
        return abs;
    }

    private static BuildException refuse(Path out, String why) {
        return new BuildException(Problem.error(out.toString(), "refusing to write here: " + why));
    }
}
