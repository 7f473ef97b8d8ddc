package org.gloss.ingest;

/** A source file that cannot be turned into an article; carries the line and column where known. */
public class ArticleFormatException extends Exception {
    private final int line;
    private final int column;

    ArticleFormatException(String message) {
        this(message, 0, 0);
    }

    ArticleFormatException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
