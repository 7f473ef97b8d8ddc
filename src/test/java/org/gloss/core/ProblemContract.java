package org.gloss.core;

/** What every problem a fuzz target provokes must be: named, placed sanely, short and printable. */
public final class ProblemContract {

    /** The longest line a problem may print (a value quoted back is cut short). */
    private static final int MAX_PRINTED = 1000;

    private ProblemContract() {
    }

    /** Checks every problem of {@code e}; {@code file} is the name they must carry. */
    public static void check(BuildException e, String file) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("a build exception without a problem", e);
        }
        for (Problem p : e.problems()) {
            check(p, file);
        }
    }

    public static void check(Problem p, String file) {
        String printed = p.toString();
        if (!file.equals(p.file()) || p.line() < 0 || p.column() < 0 || p.message() == null || p.message().isBlank()) {
            throw new AssertionError("problem without its file, a usable message or a sane position: " + printed);
        }
        if (printed.length() > MAX_PRINTED || printed.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0))) {
            throw new AssertionError("problem too long or not printable: " + MessageText.excerpt(printed));
        }
    }
}
