package org.gloss.ingest;

import org.gloss.Cancellation;
import org.jsoup.nodes.Element;

/**
 * Removes what is left of the page around the story inside the chosen container: the headline and
 * byline (they are front matter), figures, lists of links, short furniture blocks; dead anchors
 * become plain text.
 */
final class HtmlStoryCleaner {

    private final FurnitureRules furniture;
    private final String titleKey;

    HtmlStoryCleaner(FurnitureRules furniture, String title) {
        this.furniture = furniture;
        this.titleKey = title == null ? "" : TextLines.key(title);
    }

    void clean(Element story) {
        story.select("figure, picture, img, video, audio, time, header, h1").remove();
        story.select(HtmlMetadataReader.BYLINE_SELECTOR).forEach(e -> {
            if (e.text().length() < 120) {
                e.remove();
            }
        });
        for (Element e : story.select("h2, h3, h4, h5, h6, p, div, li, span")) {
            Cancellation.check();
            if (e == story || e.parent() == null) {
                continue;
            }
            String t = TextLines.normalizeSpace(e.text());
            boolean isTitle = !titleKey.isEmpty() && TextLines.key(t).equals(titleKey);
            if (isTitle || (furniture.isFurniture(t) && e.select("p").size() <= 1)
                    || DateParser.dateLine(t).isPresent() && !e.tagName().equals("p")) {
                e.remove();
            }
        }
        for (Element list : story.select("ul, ol, div, section")) {
            Cancellation.check();
            if (list != story && list.parent() != null && ReadabilityExtractor.linkDensity(list) > 0.5 && list.text().length() > 0) {
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
}
