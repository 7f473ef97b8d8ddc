package org.gloss.quality;

/**
 * AccessibilityTest on the sample site with its interface in Arabic: right-to-left pages
 * ({@code dir="rtl"}) must pass the same checks.
 */
@BrowserTest
class ArabicAccessibilityTest extends AccessibilityTest {

    @Override
    String language() {
        return "ar";
    }
}
