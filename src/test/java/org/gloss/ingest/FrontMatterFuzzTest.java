package org.gloss.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes metadata reading: a Markdown file's front matter (through the Markdown reader) and a
 * sidecar (YAML → metadata, as the ingester reads {@code NAME.yml}). Malformed input must come
 * out as an {@link ArticleFormatException}, never as anything else. Seeds: {@code
 * src/test/resources/org/gloss/ingest/FrontMatterFuzzTestInputs/}.
 */
class FrontMatterFuzzTest {

    private final MarkdownArticleReader markdown = new MarkdownArticleReader();

    @FuzzTest(maxDuration = "10m")
    void frontMatter(byte[] input) {
        FuzzChecks.readerContract(markdown, input, "fuzz.md");
    }

    @FuzzTest(maxDuration = "10m")
    void sidecar(byte[] input) {
        try {
            FrontMatter.read(TextDecoder.decode(input), 0);
        } catch (ArticleFormatException expected) {
            FuzzChecks.positionIsSane(expected);
        }
    }
}
