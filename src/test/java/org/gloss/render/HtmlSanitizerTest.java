package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sanitiser keeps the text and harmless markup of an article and removes everything that can run. */
class HtmlSanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<p onclick=\"alert(1)\">x</p>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=x></object>",
        "<embed src=x>",
        "<form action=x><input><button formaction=javascript:alert(1)>b</button></form>",
        "<style>*{background:url(javascript:alert(1))}</style>",
        "<p style=\"width:expression(alert(1))\">x</p>",
        "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
        "<base href=\"https://evil.example/\">",
        "<link rel=stylesheet href=https://evil.example/x.css>",
        "<details open ontoggle=alert(1)>x</details>",
        "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"})
    void removesEverythingThatCanRun(String html) {
        String clean = HtmlSanitizer.clean("<p>kept text</p>" + html).toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "onerror", "onload", "onclick", "ontoggle", "javascript:",
            "data:", "vbscript:", "<iframe", "<object", "<embed", "<form", "<input", "<style", "style=",
            "<meta", "<base", "<link", "<svg", "<img"}) {
            assertFalse(clean.contains(bad), () -> bad + " survived in " + clean);
        }
        assertEquals(true, clean.startsWith("<p>kept text</p>"), clean);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p data-block=\"0\">A <em>fine</em> <strong>paragraph</strong>.</p> | <p data-block=\"0\">A <em>fine</em> <strong>paragraph</strong>.</p>",
        "<a href=\"https://example.org/x\">link</a> | <a href=\"https://example.org/x\" rel=\"noopener noreferrer\">link</a>",
        "<blockquote><p>quoted</p></blockquote> | <blockquote><p>quoted</p></blockquote>",
        "<ul><li>one</li></ul> | <ul><li>one</li></ul>",
        "<a href=\"#term-sdf\">SDF</a> | <a href=\"#term-sdf\" rel=\"noopener noreferrer\">SDF</a>"})
    void keepsHarmlessMarkup(String html, String expected) {
        assertEquals(expected, HtmlSanitizer.clean(html));
    }
}
