package org.gloss.ingest;

import java.time.Duration;
import org.gloss.core.TimeLimit;

/**
 * Runs article readers within a {@link TimeLimit}, so that no single file can stop a build: a
 * reader that throws anything but {@link ArticleFormatException} (a bug meeting an input nobody
 * foresaw), overflows its stack on deeply nested markup, or runs past the limit becomes an
 * {@link ArticleFormatException} for that file, and the build goes on with the next one.
 */
final class GuardedReader implements AutoCloseable {

    private final TimeLimit limit;

    GuardedReader(Duration timeout) {
        this.limit = new TimeLimit(timeout, "gloss-reader");
    }

    /** {@code reader.read(text, name)}, with every failure but a format error turned into one. */
    ConvertedArticle read(ArticleReader reader, String text, String name) throws ArticleFormatException {
        try {
            return limit.run(() -> reader.read(text, name), ArticleFormatException.class);
        } catch (TimeLimit.Exceeded e) {
            throw new ArticleFormatException(e.describe("reading"));
        }
    }

    @Override
    public void close() {
        limit.close();
    }
}
