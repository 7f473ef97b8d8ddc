package org.gloss.ingest;

import org.jsoup.nodes.Element;

/** Lengths and densities of an element's text, the measures story finding is decided by. */
final class TextMeasure {

    private TextMeasure() {
    }

    /** The element's text with white space collapsed, as a reader sees it. */
    static String innerText(Element e) {
        return e.text().strip();
    }

    static int innerTextLength(Element e) {
        return e == null ? 0 : innerText(e).length();
    }

    /** The commas in {@code text} (Latin, full-width and ideographic): Readability's sign of prose. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    /** True when the element's text is shorter than {@code limit}, found without reading all of a long text. */
    static boolean isShorterThan(Element e, int limit) {
        int[] length = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    length[0] += t.text().strip().length();
                }
                return length[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return length[0] < limit;
    }

    /** The share of an element's text that is link text ({@code #} links count for less, as in Readability). */
    static double linkDensity(Element e) {
        int all = innerText(e).length();
        if (all == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            double coefficient = href.length() > 1 && href.startsWith("#") ? 0.3 : 1;
            links += a.text().length() * coefficient;
        }
        return links / all;
    }

    /** The length of the text in the element's paragraphs: prose, as opposed to menus and lists of links. */
    static int proseLength(Element e) {
        int n = 0;
        for (Element p : e.select("p, pre, blockquote")) {
            n += p.ownText().length();
        }
        return n;
    }

    /**
     * True when the element holds at least 40% of its page's prose: a container that big is the
     * story's wrapper, whatever its class says ({@code widget Blog}, {@code elementor-widget-wrap}).
     */
    static boolean holdsMostProse(Element e, int pageProse) {
        return pageProse > 0 && proseLength(e) >= 0.4 * pageProse;
    }

    /**
     * True when the element is mostly a quoted post (an embedded tweet is a blockquote in a
     * "social" wrapper): story that outlets quote, so names and links do not make it furniture.
     */
    static boolean embedsPost(Element e) {
        Element quote = e.tagName().equals("blockquote") ? e : e.selectFirst("blockquote");
        if (quote == null) {
            return false;
        }
        int all = innerText(e).length();
        return all > 0 && innerText(quote).length() >= 0.6 * all;
    }
}
