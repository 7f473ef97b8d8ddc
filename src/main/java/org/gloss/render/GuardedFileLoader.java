package org.gloss.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import org.gloss.ingest.InputFolder;

/**
 * Pebble's file loader, asking the theme folder's {@link InputFolder} guard first: a template the
 * guard refuses ({@code 404.peb} linked to {@code /etc/passwd}) is not found here, so the built-in
 * theme's file of that name is used instead. The refusal itself is reported by {@link Theme}.
 */
final class GuardedFileLoader extends FileLoader {

    private final Path dir;
    private final InputFolder guard;

    GuardedFileLoader(Path dir) {
        super(dir.toAbsolutePath().toString());
        this.dir = dir.toAbsolutePath();
        this.guard = InputFolder.templates(this.dir);
    }

    @Override
    public Reader getReader(String templateName) {
        if (!allowed(templateName)) {
            throw new LoaderException(null, "template " + templateName + " may not be read");
        }
        return super.getReader(templateName);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return allowed(templateName) && super.resourceExists(templateName);
    }

    private boolean allowed(String templateName) {
        Path file = dir.resolve(templateName + (getSuffix() == null ? "" : getSuffix())).normalize();
        return file.startsWith(dir) && guard.readable(file, new ArrayList<>()).isPresent();
    }
}
