package org.gloss.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the HTML reader through its public {@code read}, from raw bytes through the decoder. The
 * only failure allowed is {@link ArticleFormatException}. Seeds: {@code
 * src/test/resources/org/gloss/ingest/HtmlArticleReaderFuzzTestInputs/read/}.
 */
class HtmlArticleReaderFuzzTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    @FuzzTest(maxDuration = "10m")
    void read(byte[] input) {
        FuzzChecks.readerContract(reader, input, "fuzz.html");
    }
}
