package org.gloss.quality;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives a real Chromium: tagged {@code browser}, and skipped (loudly) only
 * outside CI when no browser is installed or {@code -Dgloss.browser=skip} is given.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserRequired.class)
@interface BrowserTest {
}
