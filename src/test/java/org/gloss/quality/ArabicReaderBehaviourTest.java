package org.gloss.quality;

/**
 * ReaderBehaviourTest on the sample site with its interface in Arabic: right-to-left pages
 * ({@code dir="rtl"}) must pass the same checks.
 */
@BrowserTest
class ArabicReaderBehaviourTest extends ReaderBehaviourTest {

    @Override
    String language() {
        return "ar";
    }
}
