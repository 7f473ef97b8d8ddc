package org.gloss.core;

import java.util.List;

/** A problem that stops the whole build (unreadable site.yml or glossary, broken templates, I/O failure). */
public class BuildException extends RuntimeException {
    private final List<Problem> problems;

    public BuildException(Problem problem) {
        this(List.of(problem), null);
    }

    public BuildException(Problem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    public BuildException(List<Problem> problems, Throwable cause) {
        super(problems.isEmpty() ? "build failed" : problems.get(0).toString(), cause);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
