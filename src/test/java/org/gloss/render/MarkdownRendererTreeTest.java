package org.gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tree an article is annotated on is the tree its printed, sanitised HTML parses to, node
 * for node (text nodes included: marks are placed by text node), so skipping that parse changes
 * no page.
 */
class MarkdownRendererTreeTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
        "Plain paragraph.\n\nAnother one with *emphasis* and **strong** and `code`.",
        "# Heading\n\nText before ![a picture](pic.jpg) and after.",
        "One.\n\n---\n\nTwo after a rule.\n\n***\n\nThree.",
        "Fish &amp; chips &copy; &#65; &#0; &nbsp;here",
        "- one\n- two\n\n1. first\n2. second\n\n> quoted\n> text",
        "```\ncode <b>not bold</b>\n```\n\n    indented code",
        "A [link](https://example.org \"title\") and <https://auto.example> and [bad](javascript:alert(1)).",
        "Line with hard  \nbreak and ![](empty-alt.png)![](two.png) images.",
        "Hi <script>alert(1)</script> <a href=\"javascript:x()\">y</a>",
        "<pre>\n\nstarts with a blank line</pre>",
        "<a href=\"https://a.example\">outer <span>x <a href=\"https://b.example\">inner</a></span></a>",
        "<p data-block=\"7\">forged</p> text <img src=x onerror=alert(1)> after",
        "<table><tr><td>cell</td></tr>loose</table>",
        "A <math><caption>a caption with no table</caption></math> b",
        "<svg>t\n<caption><noscript>t<center><div>t\n",
        "<div>block <form>dropped <p>kept</p></form> tail</div>",
        "Text <!-- comment --> more <b>bold <i>both</b> italic</i>"})
    void annotatedTreeIsTheTreeThePrintedHtmlParsesTo(String markdown) {
        Element body = renderer.toBody(markdown);
        Element reparsed = Jsoup.parseBodyFragment(renderer.toHtml(markdown)).body();
        assertEquals(dump(reparsed), dump(body));
    }

    /** Every node with its kind, attributes and exact text, one a line, indented by depth. */
    private static String dump(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse((Node n, int depth) -> {
            out.append("  ".repeat(depth));
            if (n instanceof TextNode t) {
                out.append("#text ").append(t.getWholeText().replace("\n", "\\n"));
            } else {
                out.append(n.nodeName()).append(' ').append(n.attributes().html());
            }
            out.append('\n');
        });
        return out.toString();
    }
}
