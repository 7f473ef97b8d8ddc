package org.gloss.core;

/** One thing wrong with the input, tied to a file (and line and column where known). */
public record Problem(Severity severity, String file, int line, int column, String message) {

    /**
     * How bad a problem is: a note is informational (a file ignored on purpose, a fallback taken),
     * a warning skips one input, an error fails the build.
     */
    public enum Severity { NOTE, WARNING, ERROR }

    public static Problem note(String file, String message) {
        return new Problem(Severity.NOTE, file, 0, 0, message);
    }

    public static Problem warning(String file, String message) {
        return new Problem(Severity.WARNING, file, 0, 0, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, file, line, column, message);
    }

    public static Problem error(String file, String message) {
        return new Problem(Severity.ERROR, file, 0, 0, message);
    }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True for a note: nothing was skipped, so {@code --strict} does not fail on it. */
    public boolean isNote() {
        return severity == Severity.NOTE;
    }

    /**
     * Formats as compilers do, {@code file:line:col: warning: message}, so editors can jump to it.
     * Control characters in the file name and message are printed as escapes: both come from the
     * content folder, and a raw newline or ESC there could forge a line or drive the terminal.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file == null ? "gloss" : MessageText.escapeControls(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(severity.name().toLowerCase()).append(": ")
                .append(MessageText.escapeControls(message)).toString();
    }
}
