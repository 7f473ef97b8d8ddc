package org.gloss.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the plain-text reader through its public {@code read}, from raw bytes through the decoder
 * as the ingester does it. The only failure allowed is {@link ArticleFormatException}; anything else
 * (an uncaught exception, a hang, runaway memory) is a finding. Seeds: {@code
 * src/test/resources/org/gloss/ingest/PlainTextArticleReaderFuzzTestInputs/read/}.
 */
class PlainTextArticleReaderFuzzTest {

    private final PlainTextArticleReader reader = new PlainTextArticleReader();

    @FuzzTest(maxDuration = "10m")
    void read(byte[] input) {
        FuzzChecks.readerContract(reader, input, "fuzz.txt");
    }
}
