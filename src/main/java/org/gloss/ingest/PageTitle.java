package org.gloss.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline a page's {@code <title>} gives when no meta tag names one. The site's name is cut
 * off the way Readability cuts it ("Headline | Site": the last part goes, unless too little would
 * be left); a title that is only the site's name (a blog's "Wye Watch") gives way to the post's
 * own heading.
 */
final class PageTitle {

    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\\\\/>»–—·•] ");
    private static final Pattern HIERARCHY = Pattern.compile(" [\\\\/>»] ");
    /** Class or id of a post's own heading: "entry-title", "post-title", "article__headline"... */
    private static final Pattern HEADING_NAME = Pattern.compile(
            "(?i)(^|[\\s_-])(entry|post|article|story|page|blog)[_-]*(title|headline|heading)|(^|\\s)headline($|[\\s_-])");
    private static final int SHORT = 15;
    private static final int LONG = 150;

    private PageTitle() {
    }

    /** The headline, or null when the page has neither a title nor a heading. */
    static String of(Document doc, String outlet) {
        String original = TextLines.normalizeSpace(doc.title());
        String title = original.isEmpty() ? null : cut(doc, original);
        boolean onlySiteName = title == null || title.length() < SHORT
                || outlet != null && TextLines.key(title).equals(TextLines.key(outlet));
        if (onlySiteName) {
            String heading = ownHeading(doc, title);
            return heading != null ? heading : title;
        }
        return title;
    }

    private static String cut(Document doc, String original) {
        String title = original;
        boolean hierarchical = false;
        Matcher sep = SEPARATOR.matcher(original);
        int first = -1;
        int last = -1;
        while (sep.find()) {
            first = first < 0 ? sep.start() : first;
            last = sep.start();
        }
        if (last >= 0) {
            hierarchical = HIERARCHY.matcher(original).find();
            title = original.substring(0, last);
            if (TextLines.words(title) < 3) {
                title = original.substring(first + 3);
            }
        } else if (original.contains(": ") && !headingSays(doc, original)) {
            title = original.substring(original.lastIndexOf(':') + 1);
            if (TextLines.words(title) < 3) {
                title = original.substring(original.indexOf(':') + 1);
            } else if (TextLines.words(original.substring(0, original.indexOf(':'))) > 5) {
                title = original;
            }
        } else if (original.length() > LONG) {
            Element h1 = singleH1(doc);
            title = h1 == null ? original : h1.text();
        }
        title = TextLines.normalizeSpace(title);
        // Four words or fewer left: the cut took too much, unless it only dropped a section path.
        int words = TextLines.words(title);
        int originalWords = TextLines.words(original.replaceAll("[|\\-\\\\/>»–—·•]+", " "));
        if (words <= 4 && (!hierarchical || words != originalWords - 1)) {
            // A short headline before the site's name is still the headline when the page's own
            // heading begins with it ("River levels rise | Ledger" over "River levels rise after rain").
            String fuller = headingStartingWith(doc, title);
            title = fuller != null ? fuller : original;
        }
        return title;
    }

    /** The post's heading: one marked as such by its class or {@code itemprop}, or the page's only h1; never {@code title} again. */
    private static String ownHeading(Document doc, String title) {
        String titleKey = title == null ? "" : TextLines.key(title);
        for (Element h : doc.select("[itemprop=headline], h1, h2, h3")) {
            String text = TextLines.normalizeSpace(h.text());
            boolean marked = h.hasAttr("itemprop") || HEADING_NAME.matcher(h.className() + " " + h.id()).find();
            if (marked && !h.tagName().equals("meta") && !text.isEmpty() && !TextLines.key(text).equals(titleKey)) {
                return text;
            }
        }
        // An unmarked h1 may be a masthead or a section name: only a sentence-long one is the headline.
        Element h1 = singleH1(doc);
        return h1 == null || TextLines.key(h1.text()).equals(titleKey) || TextLines.words(h1.text()) <= 4
                ? null : TextLines.normalizeSpace(h1.text());
    }

    private static String headingStartingWith(Document doc, String start) {
        String key = TextLines.key(start);
        if (key.isEmpty()) {
            return null;
        }
        for (Element h : doc.select("h1, h2")) {
            String text = TextLines.normalizeSpace(h.text());
            String textKey = TextLines.key(text);
            if (textKey.startsWith(key) && textKey.length() > key.length() && text.length() < LONG) {
                return text;
            }
        }
        return null;
    }

    private static boolean headingSays(Document doc, String text) {
        return doc.select("h1, h2").stream().anyMatch(h -> TextLines.normalizeSpace(h.text()).equals(text));
    }

    private static Element singleH1(Document doc) {
        var h1s = doc.select("h1");
        return h1s.size() == 1 ? h1s.first() : null;
    }
}
