package org.gloss.quality;

/** HtmlValidityTest on the sample site with its interface in Arabic ({@code dir="rtl"}). */
class ArabicHtmlValidityTest extends HtmlValidityTest {

    @Override
    String language() {
        return "ar";
    }
}
