package org.gloss.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.gloss.Cancellation;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's story in the spirit of Mozilla Readability: furniture elements are removed, every
 * paragraph scores its parent and grandparent by its length and commas, class and id names add or
 * take away, and the best container, discounted by how much of its text is links, is the story.
 */
final class ReadabilityExtractor {

    private static final String ALWAYS_NOISE = "script, style, noscript, template, iframe, object, embed, form, "
            + "button, input, select, textarea, nav, footer, aside, svg, canvas, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[aria-hidden=true], [hidden], [style~=display:\\s*none]";
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|page|post|story|text|blog", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|meta|footer|footnote|masthead|related|share|sidebar|sponsor|promo|widget|teaser|newsletter",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEEP = Pattern.compile("article|main|body|content|story", Pattern.CASE_INSENSITIVE);

    private final FurnitureRules furniture;

    ReadabilityExtractor(FurnitureRules furniture) {
        this.furniture = furniture;
    }

    /** Removes furniture from {@code doc} and returns the element that holds the story. */
    Element extract(Document doc) {
        doc.select(ALWAYS_NOISE).remove();
        for (Element e : doc.body().select("*")) {
            Cancellation.check();
            String hint = e.className() + " " + e.id();
            if (e.parent() != null && furniture.isHtmlNoise(hint) && !isStoryContainer(e)) {
                e.remove();
            }
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : doc.body().select("p, pre, blockquote, td, li, div:not(:has(p, div, li, pre))")) {
            Cancellation.check();
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split("[,，]").length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = doc.body();
        double bestScore = -1;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = (e.getValue() + classWeight(e.getKey())) * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        return widen(best);
    }

    /** A story split over sibling sections lives in their shared parent when that parent is the article. */
    private static Element widen(Element best) {
        Element p = best.parent();
        if (p != null && p.tagName().equals("article") || p != null && p.is("[itemprop=articleBody]")) {
            return p;
        }
        return best;
    }

    /** Wrappers named for the content ("article-body", "story") are never noise, whatever else they say. */
    private static boolean isStoryContainer(Element e) {
        return e.tagName().equals("article") || e.tagName().equals("main") || e.tagName().equals("body")
                || e.is("[itemprop=articleBody]")
                || KEEP.matcher(e.className() + " " + e.id()).find() && e.select("p").size() >= 3;
    }

    private static double classWeight(Element e) {
        double w = 0;
        String hint = e.className() + " " + e.id();
        if (NEGATIVE.matcher(hint).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(hint).find()) {
            w += 25;
        }
        if (e.tagName().equals("article") || e.is("[itemprop=articleBody]")) {
            w += 25;
        }
        return w;
    }

    /** The share of an element's text that is link text. */
    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / all;
    }
}
