package org.gloss.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.gloss.PreviewSession;
import org.gloss.bench.CorpusGenerator;
import org.gloss.core.BuildException;
import org.gloss.core.BuildProgress;
import org.gloss.publish.FileTrees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a writer sees with {@code gloss serve} open in Chromium: saving an article reloads the tab
 * showing it with the new text, and leaves a tab on another, unchanged article alone; a save that
 * breaks the build shows its problem over the page until a save fixes it.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveReloadBrowserTest {

    private Path tmp;
    private PreviewSession session;
    private Browser browser;
    private Path content;

    @BeforeAll
    void start() throws IOException {
        tmp = Files.createTempDirectory("gloss-live-reload-");
        content = new CorpusGenerator(3, 12).write(tmp.resolve("corpus"), 12);
        session = PreviewSession.start(content, null, tmp.resolve("site"), 0, BuildProgress.SILENT);
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        browser.close();
        session.close();
        FileTrees.delete(tmp);
    }

    @Test
    void savingAnArticleReloadsItsTabButNotATabOnAnotherArticle() throws IOException {
        var articles = session.first().ingested().articles();
        String edited = articles.get(0).id();
        String other = articles.get(1).id();
        Path source = content.resolve(articles.get(0).source());

        open(other);
        browser.js().executeScript("window.glossMarker = 'still here';");
        edit(source, "A sentence the writer just added.");
        open(edited);
        assertTrue(browser.driver().getPageSource().contains("A sentence the writer just added."));

        browser.js().executeScript("window.glossMarker = 'before the edit';");
        edit(source, "Another sentence, saved while the page is open.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                d.getPageSource().contains("Another sentence, saved while the page is open."));
        assertEquals(null, browser.js().executeScript("return window.glossMarker;"), "the tab reloaded");

        open(other);
        browser.js().executeScript("window.glossMarker = 'still here';");
        edit(source, "A third sentence, on a page this tab does not show.");
        // Every step is published when rebuild() returns; give the tab time to act on it.
        sleep(800);
        assertEquals("still here", browser.js().executeScript("return window.glossMarker;"),
                "a tab on an unchanged article is not reloaded");
    }

    @Test
    void aFailedRebuildShowsItsProblemOverThePageUntilFixed() throws IOException {
        Path siteYml = content.resolve("site.yml");
        String good = Files.readString(siteYml, StandardCharsets.UTF_8);
        open(session.first().ingested().articles().get(2).id());
        try {
            Files.writeString(siteYml, "title: [unclosed\n", StandardCharsets.UTF_8);
            assertThrows(BuildException.class, () -> session.rebuild(Set.of(siteYml)));
            String shown = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
                Object text = browser.js().executeScript(
                        "var o = document.getElementById('gloss-build-error'); return o && o.textContent;");
                return text == null ? null : text.toString();
            });
            assertTrue(shown.contains("site.yml"), "the overlay names the file: " + shown);
            assertTrue(shown.contains("Build failed"), shown);
        } finally {
            Files.writeString(siteYml, good, StandardCharsets.UTF_8);
        }
        session.rebuild(Set.of(siteYml));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                browser.js().executeScript("return document.getElementById('gloss-build-error') === null;")));
    }

    private void open(String articleId) {
        browser.driver().get("http://127.0.0.1:" + session.port() + "/articles/" + articleId + ".html");
        // No need to wait for the live-reload script's first poll: it asks for every change since
        // the version the page was served at, so an edit saved before it polls still reloads the tab.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                "complete".equals(browser.js().executeScript("return document.readyState;")));
    }

    private void edit(Path source, String sentence) throws IOException {
        Files.writeString(source, Files.readString(source, StandardCharsets.UTF_8) + "\n" + sentence + "\n",
                StandardCharsets.UTF_8);
        session.rebuild(Set.of(source));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
