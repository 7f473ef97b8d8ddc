package org.gloss.ingest;

/** What every article reader must do with any input, checked by the fuzz tests. */
final class FuzzChecks {

    private FuzzChecks() {
    }

    /** Decodes like the ingester, then reads: an article with a body, or a format error. */
    static void readerContract(ArticleReader reader, byte[] input, String name) {
        String text = TextDecoder.decode(input);
        try {
            ConvertedArticle a = reader.read(text, name);
            if (a == null || a.body() == null || a.metadata() == null) {
                throw new AssertionError("reader returned an incomplete article: " + a);
            }
        } catch (ArticleFormatException expected) {
            positionIsSane(expected);
        }
    }

    static void positionIsSane(ArticleFormatException e) {
        if (e.line() < 0 || e.column() < 0 || e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("format error without a usable message or position", e);
        }
    }
}
