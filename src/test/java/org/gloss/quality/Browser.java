package org.gloss.quality;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gloss.publish.FileTrees;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through Debian's chromedriver, with a fresh profile. Both
 * paths are given explicitly, so Selenium Manager never runs and nothing downloads a browser.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    static String chromium() {
        return System.getProperty("gloss.chromium", "/usr/bin/chromium");
    }

    static String chromedriver() {
        return System.getProperty("gloss.chromedriver", "/usr/bin/chromedriver");
    }

    static Browser start() {
        // Selenium warns that it has no CDP bindings for this Chromium; we only use raw CDP commands.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        try {
            Path profile = Files.createTempDirectory("gloss-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=1280,900", "--hide-scrollbars");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    JavascriptExecutor js() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    /** Runs a Chrome DevTools Protocol command through chromedriver. */
    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Sets the viewport to {@code width} × {@code height} CSS pixels (phone widths emulate a mobile device). */
    void viewport(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    void resetViewport() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Emulates a CSS media type: "print", "screen", or "" for none (and the system's colour scheme). */
    void media(String type) {
        emulate(type, "");
    }

    /**
     * Emulates a CSS media type ("print", "screen", or "" for none) and a system colour scheme
     * ({@code prefers-color-scheme}: "dark", "light", or "" for the browser's own).
     */
    void emulate(String type, String colorScheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("media", type,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    /** Turns the page's scripts off (as a reader who blocks JavaScript) or on again, from the next load. */
    void scripts(boolean enabled) {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileTrees.delete(profile);
        }
    }
}
