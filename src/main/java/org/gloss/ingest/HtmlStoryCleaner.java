package org.gloss.ingest;

import java.util.ArrayList;
import java.util.regex.Pattern;
import org.gloss.core.Cancellation;
import org.jsoup.nodes.Element;

/**
 * Removes what is left of the page around the story inside the chosen container: the headline and
 * byline (they are front matter), figures and their captions, promos that are nothing but a link,
 * lists of links, short furniture blocks and the lists they introduce; dead anchors become plain
 * text.
 */
final class HtmlStoryCleaner {

    /** Name parts of picture captions and credits, which the benchmark and readers treat as apart from the story. */
    private static final Pattern CAPTION = Pattern.compile("caption|captions|credit|credits|figcaption|copyright");
    /** Name parts of a dek (standfirst): it is the front matter's description, not paragraph 1. */
    private static final Pattern DEK = Pattern.compile("dek|deck|standfirst|strapline|subtitle|subheadline|subhead|sub-headline");
    /** Blocks below this length can be captions or promos; a longer one is prose whatever it is called. */
    private static final int SHORT_BLOCK = 300;

    private final FurnitureRules furniture;
    private final String titleKey;
    private final String descriptionKey;

    HtmlStoryCleaner(FurnitureRules furniture, String title, String description) {
        this.furniture = furniture;
        this.titleKey = title == null ? "" : TextLines.key(title);
        this.descriptionKey = description == null ? "" : TextLines.key(description);
    }

    void clean(Element story) {
        story.select("figure, figcaption, picture, img, video, audio, time, header, h1").remove();
        story.select(HtmlMetadataReader.BYLINE_SELECTOR).forEach(e -> {
            if (e.text().length() < 120) {
                e.remove();
            }
        });
        removeCaptions(story);
        for (Element e : new ArrayList<>(story.select("h2, h3, h4, h5, h6, p, div, li, span, strong, b"))) {
            Cancellation.check();
            if (e == story || e.parent() == null || !TextMeasure.isShorterThan(e, SHORT_BLOCK)) {
                continue; // titles, furniture and promos are short; a long block is prose
            }
            String t = TextLines.normalizeSpace(e.text());
            if (isTitle(t) || isDek(e, t) || isFurnitureLine(e, t) || DateParser.dateLine(t).isPresent() && !e.tagName().equals("p")) {
                Element next = e.nextElementSibling();
                e.remove();
                if (next != null && isShortList(next)) {
                    next.remove(); // the list a "You may also like" or "Related" line introduces
                }
            } else if (isLinkPromo(e, t)) {
                e.remove();
            }
        }
        for (Element list : story.select("ul, ol, div, section")) {
            Cancellation.check();
            if (list != story && list.parent() != null && TextMeasure.linkDensity(list) > 0.5 && list.text().length() > 0
                    && !TextMeasure.embedsPost(list)) {
                list.remove(); // related stories, tag lists, "more from" blocks
            }
        }
        for (Element a : story.select("a")) {
            String raw = a.attr("href").strip();
            String abs = a.absUrl("href");
            if (raw.startsWith("#") || !InlineMarkdown.isRealTarget(abs.isEmpty() ? raw : abs)) {
                a.unwrap(); // a dead anchor: its words stay, the link goes
            } else {
                a.attr("href", abs.isEmpty() ? raw : abs);
            }
        }
    }

    /** The headline printed again, also with the site's name after it ("Headline - Outlet"). */
    private boolean isTitle(String text) {
        if (titleKey.isEmpty()) {
            return false;
        }
        String key = TextLines.key(text);
        return key.equals(titleKey) || key.length() <= titleKey.length() * 2 && key.length() > titleKey.length()
                && (key.startsWith(titleKey) || key.endsWith(titleKey)) && text.length() < 300;
    }

    /**
     * The standfirst, by its class name or, outside a paragraph, by being the page's description.
     * A paragraph that equals the description stays: many pages describe themselves with their
     * first paragraph, and it is story.
     */
    private boolean isDek(Element e, String text) {
        if (ClassNames.anyPart(e.className() + " " + e.id(), DEK) && e.select("p").size() <= 1) {
            return true;
        }
        return !descriptionKey.isEmpty() && !e.tagName().equals("p") && e.selectFirst("p") == null
                && TextLines.key(text).equals(descriptionKey);
    }

    private boolean isFurnitureLine(Element e, String text) {
        if (e.select("p").size() > 1) {
            return false;
        }
        // "By Jane Roe - 11/18/19 11:04 PM EST": a byline line, read as the plain-text reader reads one.
        return furniture.isFurniture(text) || text.length() <= 120 && BylineParser.author(text).isPresent();
    }

    /** "CLICK HERE TO GET THE APP", a related headline: a short block that is one link and nothing else. */
    private static boolean isLinkPromo(Element e, String text) {
        if (!(e.tagName().equals("p") || e.tagName().startsWith("h")) || text.isEmpty() || text.length() > 200) {
            return false;
        }
        // A printed address is text the reader sees (a list of sources), not a promo.
        return e.select("a[href]").size() >= 1 && TextMeasure.linkDensity(e) >= 0.9 && !text.matches("(?i)(https?://|www\\.)\\S+");
    }

    /** A list of a few short items: the links under a promo heading. */
    private static boolean isShortList(Element e) {
        if (!e.tagName().equals("ul") && !e.tagName().equals("ol")) {
            return false;
        }
        return e.children().stream().allMatch(li -> li.text().length() < 150);
    }

    private static void removeCaptions(Element story) {
        for (Element e : new ArrayList<>(story.select("[class], [id]"))) {
            if (e != story && e.parent() != null && ClassNames.anyPart(e.className() + " " + e.id(), CAPTION)
                    && e.text().length() < SHORT_BLOCK) {
                e.remove();
            }
        }
    }
}
